package org.kitabruecke.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.notification.MailRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): deletes undelivered mail whose time is up, and logs how many. */
@Component
class MailRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailRetentionJob.class);

    private final MailRetention retention;
    private final boolean atStart;

    MailRetentionJob(MailRetention retention,
            @Value("${kitabruecke.retention.at-start:false}") boolean atStart) {
        this.retention = retention;
        this.atStart = atStart;
    }

    /** After restoring a backup (docs/decisions/0027): forget what came due since, before anyone uses the data. */
    @EventListener(ApplicationReadyEvent.class)
    void forgetDueAtStart() {
        if (atStart) {
            forgetDue();
        }
    }

    // void: ShedLock refuses to lock a method with a primitive result, and the job would never run
    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "mail-retention", lockAtMostFor = "PT1H")
    void forgetDue() {
        MailRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: {} parked mails and {} undelivered outbox entries deleted", forgotten.parked(),
                forgotten.outbox());
    }
}
