package org.kitabruecke.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what could not be delivered, e.g. mails while the mail server was down, on one node at a time
 * (ShedLock), every minute (configurable): an attempt that hangs or whose node died counts as failed after
 * {@code kitabruecke.mail.stuck-after}; a failed entry is tried again on the {@link RetrySchedule}, and given up
 * on (parked, see {@link Parking}) after its last attempt. A starting node does not resubmit the outbox by itself
 * ({@code republish-outstanding-events-on-restart=false}): that would take over what other nodes are sending.
 */
@Component
public class MailRetry {

    private static final Logger LOG = LoggerFactory.getLogger(MailRetry.class);
    /** Failed entries looked at per run, oldest first. */
    private static final int BATCH = 500;

    private final Parking parking;
    private final FailedEventPublications failed;
    private final SentMails sent;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Duration sentKept;

    MailRetry(Parking parking, FailedEventPublications failed, SentMails sent, Clock clock,
              @Value("${kitabruecke.mail.stuck-after:PT5M}") Duration stuckAfter,
              @Value("${kitabruecke.mail.sent-kept:P30D}") Duration sentKept) {
        this.parking = parking;
        this.failed = failed;
        this.sent = sent;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
        this.sentKept = sentKept;
    }

    @Scheduled(fixedDelayString = "${kitabruecke.mail.retry-interval:PT1M}",
            initialDelayString = "${kitabruecke.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "mail-retry")
    public void retryUndelivered() {
        Instant now = clock.instant();
        try {
            parking.failStuck(now.minus(stuckAfter));
            parking.parkExhausted();
            parking.forgetDelivered();
            parking.forgetUnreachable();
            failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH)
                    .withFilter(publication -> parking.isDue(publication, now)));
            sent.forgetSentBefore(now.minus(sentKept));
        } catch (RuntimeException stillFailing) {
            LOG.warn("Undelivered events remain; next try in a minute: {}", stillFailing.getMessage());
        }
    }
}
