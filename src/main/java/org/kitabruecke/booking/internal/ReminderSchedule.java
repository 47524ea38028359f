package org.kitabruecke.booking.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.booking.Bookings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, reminds the parents of tomorrow's appointments who have not been reminded yet (a booking made this
 * evening for tomorrow is reminded too). Runs on one instance at a time; each reminder is marked in the same
 * transaction that queues its mail, so none goes out twice.
 */
@Component
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Bookings bookings;

    ReminderSchedule(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(cron = "${kitabruecke.booking.reminder-cron:0 5 * * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "booking-reminders")
    void remindTomorrow() {
        int reminded = bookings.remindTomorrow();
        if (reminded > 0) {
            LOG.info("Reminded {} bookings of tomorrow", reminded);
        }
    }
}
