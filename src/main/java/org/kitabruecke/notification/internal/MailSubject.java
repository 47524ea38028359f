package org.kitabruecke.notification.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingCancelled;
import org.kitabruecke.booking.BookingConfirmed;
import org.kitabruecke.booking.BookingReminderDue;
import org.kitabruecke.booking.WaitlistJoined;
import org.kitabruecke.booking.WaitlistOfferMade;
import org.kitabruecke.notification.MailKind;
import org.kitabruecke.request.HelpRequestSubmitted;
import org.kitabruecke.request.ReplyRequested;
import org.kitabruecke.request.UrgentRequestReceived;
import org.kitabruecke.staff.PasswordLinkRequested;

/**
 * What an outbox entry is about: the mail's key — the same on every attempt and on every node, which is what "sent
 * once" is counted by — its kind, and the request or booking whose staff page shows it if it cannot be delivered.
 * Entries of other modules' listeners (the figures) are named by their publication only. Mails to the team's
 * mailbox name no request: staff pages show a request's undelivered mails as mails to its family.
 */
record MailSubject(String key, MailKind kind, @Nullable Long requestId, @Nullable Long bookingId) {

    /** Listeners in this package write mails; every other listener's entries are {@link MailKind#OTHER}. */
    private static final String MAIL_LISTENERS = MailSubject.class.getPackageName() + ".";

    /** The mail an event causes. */
    static MailSubject of(Object event) {
        return switch (event) {
            case HelpRequestSubmitted submitted -> new MailSubject("request-confirmation:" + submitted.requestId(),
                    MailKind.CONFIRMATION, submitted.requestId(), null);
            case ReplyRequested reply -> new MailSubject("reply:" + replyId(reply), MailKind.REPLY,
                    reply.requestId(), null);
            case BookingConfirmed confirmed -> booking("booking-confirmation:", MailKind.BOOKING_CONFIRMATION,
                    confirmed.bookingId());
            case BookingReminderDue due -> booking("booking-reminder:", MailKind.REMINDER, due.bookingId());
            case BookingCancelled cancelled -> booking("booking-cancellation:", MailKind.CANCELLATION,
                    cancelled.bookingId());
            case WaitlistJoined joined -> new MailSubject("waitlist-joined:" + joined.id(),
                    MailKind.WAITLIST_CONFIRMATION, null, null);
            case WaitlistOfferMade made -> new MailSubject("waitlist-offer:" + made.entryId(),
                    MailKind.WAITLIST_OFFER, null, null);
            case UrgentRequestReceived urgent -> new MailSubject("team-alert:" + urgent.requestId(),
                    MailKind.TEAM_ALERT, null, null);
            case TeamDigestDue due -> new MailSubject("team-digest:" + due.day(), MailKind.TEAM_DIGEST, null, null);
            case PasswordLinkRequested link -> new MailSubject("password-link:" + link.linkId(),
                    MailKind.PASSWORD_LINK, null, null);
            default -> throw new IllegalArgumentException("No mail for " + event.getClass().getName());
        };
    }

    /** What an outbox entry for the given listener is about. */
    static MailSubject of(Object event, String listenerId, UUID publication) {
        if (listenerId.startsWith(MAIL_LISTENERS)) {
            return of(event);
        }
        return new MailSubject("publication:" + publication, MailKind.OTHER, null, null);
    }

    /** The same subject under another key: a retry of a parked entry keeps the key it was parked under. */
    MailSubject withKey(String otherKey) {
        return new MailSubject(otherKey, kind, requestId, bookingId);
    }

    private static MailSubject booking(String prefix, MailKind kind, long bookingId) {
        return new MailSubject(prefix + bookingId, kind, null, bookingId);
    }

    /** Replies queued before they had an id (an upgrade in flight) are told apart by request and template. */
    @SuppressWarnings("ConstantValue")
    private static String replyId(ReplyRequested reply) {
        return reply.id() != null ? reply.id().toString() : reply.requestId() + ":" + reply.template().name();
    }
}
