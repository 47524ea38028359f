package org.kitabruecke.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetentionRun;
import org.kitabruecke.notification.internal.MailRetentionRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets undelivered mail (decision 0015): a parked mail is deleted {@code kitabruecke.retention.parked-mail-after}
 * (default 30 days) after it was given up on, unless an admin's retry is under way; an outbox entry still not
 * delivered that long after it was published goes too (none should be: mail is parked after about two hours). The
 * request or booking the mail was for keeps its own life; sent-mail records go after
 * {@code kitabruecke.mail.sent-kept} ({@code MailRetry}).
 */
@Service
public class MailRetention {

    private final MailRetentionRecords records;
    private final Clock clock;
    private final RetentionRun runs;

    MailRetention(MailRetentionRecords records, Clock clock, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "mail", "parked", "outbox");
        this.records = records;
        this.clock = clock;
    }

    /** How many parked mails and stale outbox entries were deleted. */
    public record Forgotten(int parked, int outbox) {
    }

    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        int parked = records.deleteParked(now);
        int outbox = records.deleteUndelivered(now);
        runs.finished(Map.of("parked", parked, "outbox", outbox));
        return new Forgotten(parked, outbox);
    }

    /**
     * A parked mail that will be deleted at {@code forgetAt}: for a request or a booking (named by its code), or for
     * neither (a waiting-list offer).
     */
    public record Due(long id, MailKind kind, @Nullable Long requestId, @Nullable String reference,
                      Instant forgetAt) {
    }

    /** The parked mails deleted within {@code within} from now, soonest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> dueWithin(Duration within) {
        return records.dueAt(clock.instant().plus(within));
    }
}
