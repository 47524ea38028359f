package org.kitabruecke.booking;

import java.util.Collection;
import java.util.Map;

/**
 * Which bookings have a mail that could not be delivered, and one more attempt at it. The notification module, which
 * sends the booking mails, answers; the staff's booking list only asks, so booking needs nothing of notification.
 */
public interface UndeliveredBookingMail {

    /** Of these bookings, those with an undelivered mail, each with that mail's kind (for the marker's words). */
    Map<Long, String> undeliveredAmong(Collection<Long> bookingIds);

    /** Sends the booking's undelivered mails once more (admins only); audited. */
    void retryFor(long bookingId);
}
