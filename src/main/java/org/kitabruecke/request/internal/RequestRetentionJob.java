package org.kitabruecke.request.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.RetentionJob;
import org.kitabruecke.request.RequestRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): forgets the requests whose time is up, and logs how many. */
@Component
class RequestRetentionJob extends RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRetentionJob.class);

    private final RequestRetention retention;

    RequestRetentionJob(RequestRetention retention) {
        this.retention = retention;
    }

    @Override
    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "request-retention", lockAtMostFor = "PT1H")
    protected void forgetDue() {
        RequestRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: personal data removed from {} closed, {} unanswered and {} open requests",
                forgotten.closed(), forgotten.unanswered(), forgotten.open());
    }
}
