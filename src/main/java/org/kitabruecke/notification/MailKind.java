package org.kitabruecke.notification;

/** What a mail was for; staff read it in the marker {@code staff.mail.undelivered}. */
public enum MailKind {
    /** The confirmation of a help request, with its reference code. */
    CONFIRMATION,
    /** A social worker's answer from a template. */
    REPLY,
    /** The confirmation of a booked consultation hour, with the calendar file. */
    BOOKING_CONFIRMATION,
    /** The reminder the day before an appointment. */
    REMINDER,
    /** The confirmation of a cancelled appointment. */
    CANCELLATION,
    /** The confirmation of a place on the waiting list (or that the address was on it already). */
    WAITLIST_CONFIRMATION,
    /** A freed place offered to a waiting parent. */
    WAITLIST_OFFER,
    /** The team's alert about a new urgent request (to the team's mailbox, no family's data). */
    TEAM_ALERT,
    /** The team's morning digest (to the team's mailbox, counts and links only). */
    TEAM_DIGEST,
    /** A set-password link to a staff account's owner. */
    PASSWORD_LINK,
    /** Not a mail: another module's work from the outbox (e.g. counting for the figures). */
    OTHER
}
