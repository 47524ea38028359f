package org.kitabruecke.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.RetentionJob;
import org.kitabruecke.privacy.AuditRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): the audit trail's retention (decision 0015), counts logged. */
@Component
class AuditRetentionJob extends RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditRetention retention;

    AuditRetentionJob(AuditRetention retention) {
        this.retention = retention;
    }

    @Override
    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H")
    protected void forgetDue() {
        AuditRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: names removed from {} failed logins; {} audit entries deleted", forgotten.names(),
                forgotten.entries());
    }
}
