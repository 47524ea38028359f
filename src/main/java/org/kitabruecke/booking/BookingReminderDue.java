package org.kitabruecke.booking;

/**
 * Published the day before an appointment, in the transaction that marks the booking as reminded: the reminder mail
 * goes out exactly once, through the outbox. Carries a fresh personal link's token for the mail.
 */
public record BookingReminderDue(long bookingId, String manageToken) {
}
