package org.kitabruecke.booking.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Waitlist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The booking's clockwork, each job on one instance at a time: every hour, reminders for tomorrow's appointments
 * (each marked in the transaction that queues its mail, so none goes out twice); every few minutes, waiting-list
 * offers not taken in time pass to the next parent.
 */
@Component
class BookingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(BookingSchedule.class);

    private final Bookings bookings;
    private final Waitlist waitlist;

    BookingSchedule(Bookings bookings, Waitlist waitlist) {
        this.bookings = bookings;
        this.waitlist = waitlist;
    }

    @Scheduled(cron = "${kitabruecke.booking.reminder-cron:0 5 * * * *}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "booking-reminders")
    void remindTomorrow() {
        int reminded = bookings.remindTomorrow();
        if (reminded > 0) {
            LOG.info("Reminded {} bookings of tomorrow", reminded);
        }
    }

    @Scheduled(fixedDelayString = "${kitabruecke.booking.offer-check:PT5M}",
            initialDelayString = "${kitabruecke.booking.offer-check:PT5M}")
    @SchedulerLock(name = "waitlist-offers")
    void passOnExpiredOffers() {
        int expired = waitlist.expireOffers();
        if (expired > 0) {
            LOG.info("Passed on {} waiting-list offers that were not taken in time", expired);
        }
    }
}
