package org.kitabruecke.booking.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.booking.BookingRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): forgets past bookings' contacts, and logs how many. */
@Component
class BookingRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(BookingRetentionJob.class);

    private final BookingRetention retention;
    private final boolean atStart;

    BookingRetentionJob(BookingRetention retention,
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
    @SchedulerLock(name = "booking-retention", lockAtMostFor = "PT1H")
    void forgetDue() {
        BookingRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: contacts removed from {} bookings; {} waiting-list entries deleted",
                forgotten.bookings(), forgotten.waitlist());
    }
}
