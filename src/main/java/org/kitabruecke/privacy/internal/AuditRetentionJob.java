package org.kitabruecke.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.privacy.AuditRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): the audit trail's retention (decision 0015), counts logged. */
@Component
class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditRetention retention;
    private final boolean atStart;

    AuditRetentionJob(AuditRetention retention,
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
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H")
    void forgetDue() {
        AuditRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: names removed from {} failed logins; {} audit entries deleted", forgotten.names(),
                forgotten.entries());
    }
}
