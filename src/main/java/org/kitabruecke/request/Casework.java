package org.kitabruecke.request;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's work on requests: the inbox (filtered, paged in the database), a request's details, and every step —
 * assign, move on, note, refer, reply. Each change names the version the social worker saw, so two people working
 * on the same request never overwrite each other silently ({@link OptimisticLockingFailureException}).
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

    Casework(HelpRequestRepository requests, CaseQueries queries, StaffAccounts staff, Directory directory,
             ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
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
    public CaseDetails assign(long id, int seen, @Nullable String username) {
        if (username != null && staff.socialWorkers().stream().noneMatch(m -> m.username().equals(username))) {
            throw new IllegalArgumentException("Not a social worker: " + username);
        }
        HelpRequest request = request(id);
        request.assignTo(username, seen, me(), clock.instant());
        return saved(request);
    }

    /** Takes the request on oneself. */
    public CaseDetails assignToMe(long id, int seen) {
        HelpRequest request = request(id);
        String me = me();
        request.assignTo(me, seen, me, clock.instant());
        return saved(request);
    }

    public CaseDetails moveTo(long id, int seen, RequestStatus next, @Nullable ClosedReason reason) {
        HelpRequest request = request(id);
        request.moveTo(next, reason, seen, me(), clock.instant());
        return saved(request);
    }

    public CaseDetails addNote(long id, String text) {
        HelpRequest request = request(id);
        request.addNote(text, me(), clock.instant());
        return saved(request);
    }

    /** Records the referral to a partner service; the family can be told by {@link #reply}. */
    public CaseDetails refer(long id, int seen, long serviceId) {
        PartnerService service = directory.service(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("No partner service " + serviceId));
        HelpRequest request = request(id);
        request.referTo(serviceId, service.name(), seen, me(), clock.instant());
        return saved(request);
    }

    /**
     * Answers the family by e-mail from a template, in their contact language, through the outbox (after the commit;
     * kept and retried if the mail server is away).
     *
     * @throws IllegalStateException if the family gave no e-mail address or asked not to be written to
     */
    public CaseDetails reply(long id, ReplyTemplate template) {
        HelpRequest request = request(id);
        if (request.mailAddress() == null) {
            throw new IllegalStateException("The family cannot be written to");
        }
        if (template == ReplyTemplate.REFERRAL && request.details().referredTo() == null) {
            throw new IllegalStateException("Record the referral first");
        }
        request.replied(template.name(), me(), clock.instant());
        events.publishEvent(new ReplyRequested(id, template, request.details().referredTo(), UUID.randomUUID()));
        return saved(request);
    }

    /** The colleagues a request can be given to. */
    @Transactional(readOnly = true)
    public List<StaffMember> colleagues() {
        return staff.socialWorkers();
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
