package org.kitabruecke.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.RetentionJob;
import org.kitabruecke.notification.MailRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): deletes undelivered mail whose time is up, and logs how many. */
@Component
class MailRetentionJob extends RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailRetentionJob.class);

    private final MailRetention retention;

    MailRetentionJob(MailRetention retention) {
        this.retention = retention;
    }

    @Override
    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "mail-retention", lockAtMostFor = "PT1H")
    protected void forgetDue() {
        MailRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: {} parked mails and {} undelivered outbox entries deleted", forgotten.parked(),
                forgotten.outbox());
    }
}
