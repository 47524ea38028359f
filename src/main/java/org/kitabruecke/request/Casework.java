package org.kitabruecke.request;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetryingTransactions;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.internal.CaseQueries;
import org.kitabruecke.request.internal.HelpRequest;
import org.kitabruecke.request.internal.HelpRequestRepository;
import org.kitabruecke.staff.StaffAccounts;
import org.kitabruecke.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's work on requests: the inbox (filtered, paged in the database), a request's details, and every step —
 * assign, move on, note, refer, reply. Each change names the version the social worker saw, so two people working
 * on the same request never overwrite each other silently ({@link OptimisticLockingFailureException}). Each step runs
 * in a transaction of its own, repeated as a whole when MariaDB (or Galera, for colleagues on two nodes) resolved a
 * conflict by rolling it back; the version check then tells whether somebody else's change came first.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class Casework {

    private final HelpRequestRepository requests;
    private final CaseQueries queries;
    private final StaffAccounts staff;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final RetryingTransactions transactions;

    Casework(HelpRequestRepository requests, CaseQueries queries, StaffAccounts staff, Directory directory,
             ApplicationEventPublisher events, Clock clock, AuditTrail audit, RetryingTransactions transactions) {
        this.transactions = transactions;
        this.audit = audit;
        this.requests = requests;
        this.queries = queries;
        this.staff = staff;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseRow> inbox(CaseFilter filter, boolean oldestFirst, int offset, int limit) {
        return queries.page(filter, me(), oldestFirst, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count(CaseFilter filter) {
        return queries.count(filter, me());
    }

    /** Opens a request; the opening is audited (who saw which family's data, when). */
    public CaseDetails details(long id) {
        CaseDetails details = request(id).details();
        audit.record(AuditAction.READ, "help_request", id, null);
        return details;
    }

    /** Gives the request to a colleague, to oneself, or back to nobody ({@code null}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDetails assign(long id, int seen, @Nullable String username) {
        return step(() -> {
            if (username != null && staff.socialWorkers().stream().noneMatch(m -> m.username().equals(username))) {
                throw new IllegalArgumentException("Not a social worker: " + username);
            }
            HelpRequest request = request(id);
            request.assignTo(username, seen, me(), clock.instant());
            return saved(request);
        });
    }

    /** Takes the request on oneself. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDetails assignToMe(long id, int seen) {
        return step(() -> {
            HelpRequest request = request(id);
            String me = me();
            request.assignTo(me, seen, me, clock.instant());
            return saved(request);
        });
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDetails moveTo(long id, int seen, RequestStatus next, @Nullable ClosedReason reason) {
        return step(() -> {
            HelpRequest request = request(id);
            request.moveTo(next, reason, seen, me(), clock.instant());
            return saved(request);
        });
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDetails addNote(long id, String text) {
        return step(() -> {
            HelpRequest request = request(id);
            request.addNote(text, me(), clock.instant());
            return saved(request);
        });
    }

    /** Records the referral to a partner service; the family can be told by {@link #reply}. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDetails refer(long id, int seen, long serviceId) {
        return step(() -> {
            PartnerService service = directory.service(serviceId)
                    .orElseThrow(() -> new IllegalArgumentException("No partner service " + serviceId));
            HelpRequest request = request(id);
            request.referTo(serviceId, service.name(), seen, me(), clock.instant());
            return saved(request);
        });
    }

    /**
     * Answers the family by e-mail from a template, in their contact language, through the outbox (after the commit;
     * kept and retried if the mail server is away). Nothing is sent to a family that cannot be written to, nor a
     * referral before it is recorded.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ReplyResult reply(long id, ReplyTemplate template) {
        return step(() -> {
            HelpRequest request = request(id);
            if (request.mailAddress() == null) {
                return new ReplyResult.CannotBeWritten();
            }
            if (template == ReplyTemplate.REFERRAL && request.details().referredTo() == null) {
                return new ReplyResult.ReferralMissing();
            }
            request.replied(template.name(), me(), clock.instant());
            events.publishEvent(new ReplyRequested(id, template, request.details().referredTo(), UUID.randomUUID()));
            return new ReplyResult.Sent(saved(request));
        });
    }

    /** The colleagues a request can be given to. */
    @Transactional(readOnly = true)
    public List<StaffMember> colleagues() {
        return staff.socialWorkers();
    }

    /** A step in a transaction of its own, repeated after a conflict ({@link RetryingTransactions}). */
    private <T> T step(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    private HelpRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new IllegalArgumentException("No request " + id));
    }

    private CaseDetails saved(HelpRequest request) {
        CaseDetails details = requests.saveAndFlush(request).details();
        CaseDetails.Activity last = details.activity().getLast();
        audit.record(AuditAction.CHANGE, "help_request", details.id(), last.action());
        return details;
    }

    private String me() {
        return staff.current().map(StaffMember::username)
                .orElseThrow(() -> new AccessDeniedException("No staff account"));
    }
}
