package org.kitabruecke.notification.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what could not be delivered, e.g. mails while the mail server was down. Runs every minute
 * (configurable) and only touches publications older than the retry delay, so it never races a first delivery.
 */
@Component
class MailRetry {

    private static final Logger LOG = LoggerFactory.getLogger(MailRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    MailRetry(IncompleteEventPublications incomplete,
              @Value("${kitabruecke.mail.retry-after:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${kitabruecke.mail.retry-interval:PT1M}",
            initialDelayString = "${kitabruecke.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "mail-retry")
    void retryUndelivered() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException stillFailing) {
            LOG.warn("Undelivered events remain; next try in a minute: {}", stillFailing.getMessage());
        }
    }
}
