package org.kitabruecke.booking.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.RetentionJob;
import org.kitabruecke.booking.BookingRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all instances (ShedLock): forgets past bookings' contacts, and logs how many. */
@Component
class BookingRetentionJob extends RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(BookingRetentionJob.class);

    private final BookingRetention retention;

    BookingRetentionJob(BookingRetention retention) {
        this.retention = retention;
    }

    @Override
    @Scheduled(cron = "${kitabruecke.retention.cron:0 15 3 * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "booking-retention", lockAtMostFor = "PT1H")
    protected void forgetDue() {
        BookingRetention.Forgotten forgotten = retention.forgetDue();
        LOG.info("Retention: contacts removed from {} bookings; {} waiting-list entries deleted",
                forgotten.bookings(), forgotten.waitlist());
    }
}
