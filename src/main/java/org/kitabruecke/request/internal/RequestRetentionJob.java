package org.kitabruecke.request.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.request.RequestRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): forgets the requests whose time is up, and logs how many. */
@Component
class RequestRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRetentionJob.class);

    private final RequestRetention retention;
    private final boolean atStart;

    RequestRetentionJob(RequestRetention retention,
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

    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "request-retention", lockAtMostFor = "PT1H")
    void forgetDue() {
        RequestRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: personal data removed from {} closed, {} unanswered and {} open requests",
                forgotten.closed(), forgotten.unanswered(), forgotten.open());
    }
}
