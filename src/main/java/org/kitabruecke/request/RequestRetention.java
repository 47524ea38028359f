package org.kitabruecke.request;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kitabruecke.RetentionRun;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.internal.RequestRetentionRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the families' personal data on time (decisions 0009, 0015): a closed request
 * {@code kitabruecke.retention.closed-after} after closing (default 182 days, the "6 months" of the consent text),
 * a request nobody could answer — still new — {@code kitabruecke.retention.unanswered-after} after it came in
 * (default 90 days; closed as "not reached"), and any request not closed (in progress, referred, appointment, a
 * Kita's forward) {@code kitabruecke.retention.open-after} after its last change (default 365 days; a note, a reply,
 * an assignment or a change of state is a change; closed as "other reason"). What stays is what the figures and the
 * history need without a person: reference code, topics, district, language, states and who of the staff did what;
 * the audit trail names the request by its id only.
 */
@Service
public class RequestRetention {

    private final RequestRetentionRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetentionRun runs;

    RequestRetention(RequestRetentionRecords records, AuditTrail audit, Clock clock, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "request", "closed", "unanswered", "open");
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many requests were forgotten: closed long enough, nobody answered, left open without a change. */
    public record Forgotten(int closed, int unanswered, int open) {
    }

    /** Forgets everything that is due now; run nightly by {@code RequestRetentionJob}, in one transaction per run. */
    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        List<Long> closed = records.due(Kind.CLOSED, now);
        List<Long> unanswered = records.due(Kind.UNANSWERED, now);
        List<Long> open = records.due(Kind.OPEN, now).stream().filter(id -> !unanswered.contains(id)).toList();
        forget(closed, now, "retention-closed", true);
        forget(unanswered, now, "retention-unanswered", true);
        forget(open, now, "retention-open", true);
        runs.finished(Map.of("closed", closed.size(), "unanswered", unanswered.size(), "open", open.size()));
        return new Forgotten(closed.size(), unanswered.size(), open.size());
    }

    /** Which rule forgets a request. */
    public enum Kind {
        CLOSED, UNANSWERED, OPEN
    }

    /** A request whose personal data will be forgotten at {@code forgetAt} unless somebody works on it. */
    public record Due(long requestId, String code, Kind kind, RequestStatus status, Instant forgetAt) {
    }

    /** The requests whose personal data goes within {@code within} from now, soonest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> dueWithin(Duration within) {
        return records.dueBefore(clock.instant().plus(within));
    }

    /** Forgets one request at once (a family's erasure request, or the schedule); its id stays for the figures. */
    @Transactional
    public void forget(long requestId, String why) {
        forget(List.of(requestId), clock.instant(), why, false);
    }

    private void forget(List<Long> ids, Instant now, String why, boolean scheduled) {
        if (ids.isEmpty()) {
            return;
        }
        records.forget(ids, now);
        for (Long id : ids) {
            if (scheduled) {
                audit.recordBySystem(AuditAction.ERASE, "help_request", id, why);
            } else {
                audit.record(AuditAction.ERASE, "help_request", id, why);
            }
        }
    }
}
