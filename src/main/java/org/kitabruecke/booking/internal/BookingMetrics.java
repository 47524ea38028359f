package org.kitabruecke.booking.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.kitabruecke.AfterCommit;
import org.kitabruecke.booking.BookingCancelled;
import org.kitabruecke.booking.BookingConfirmed;
import org.kitabruecke.booking.WaitlistOfferMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The operators' booking counters: {@code kitabruecke.bookings{outcome=confirmed|cancelled}} and
 * {@code kitabruecke.waitlist.offers}, counted from this module's own events once their transaction has committed.
 * A plain (not transactional) listener on purpose: the event publication registry stores an outbox entry for every
 * transactional listener, and counting needs none.
 */
@Component
class BookingMetrics {

    private final Counter confirmed;
    private final Counter cancelled;
    private final Counter offers;

    BookingMetrics(MeterRegistry registry) {
        confirmed = bookings(registry, "confirmed");
        cancelled = bookings(registry, "cancelled");
        offers = Counter.builder("kitabruecke.waitlist.offers")
                .description("Freed places offered to the next parent on the waiting list").register(registry);
    }

    @EventListener
    void on(BookingConfirmed event) {
        AfterCommit.run(confirmed::increment);
    }

    @EventListener
    void on(BookingCancelled event) {
        AfterCommit.run(cancelled::increment);
    }

    @EventListener
    void on(WaitlistOfferMade event) {
        AfterCommit.run(offers::increment);
    }

    private static Counter bookings(MeterRegistry registry, String outcome) {
        return Counter.builder("kitabruecke.bookings").description("Bookings by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
