package org.kitabruecke.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.UndeliveredBookingMail;
import org.kitabruecke.notification.internal.Parking;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.HelpRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that could not be delivered after its last attempt ("parked", docs/decisions/0011): staff see it on the
 * request or booking it belongs to until it is delivered; admins can send it once more, which is audited.
 */
@Service
public class UndeliveredMail implements UndeliveredBookingMail {

    /** What became of an admin's "send again". */
    public enum Retry {
        /** The mail is back in the outbox and being sent; it stays shown until it has gone out. */
        STARTED,
        /** A new attempt is under way already. */
        ALREADY_RUNNING,
        /** Not parked (any more): delivered meanwhile. */
        NOT_FOUND
    }

    private final Parking parking;
    private final HelpRequests requests;
    private final Bookings bookings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    UndeliveredMail(Parking parking, HelpRequests requests, Bookings bookings, AuditTrail audit,
                    PlatformTransactionManager transactionManager) {
        this.parking = parking;
        this.requests = requests;
        this.bookings = bookings;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The undelivered mails to the family of a request, oldest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public List<ParkedMail> ofRequest(long requestId) {
        return parking.ofRequests(List.of(requestId));
    }

    /** Of these requests, those with an undelivered mail, each with the kind of its first one. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public Map<Long, MailKind> requestsAmong(Collection<Long> requestIds) {
        return parking.ofRequests(requestIds).stream().collect(Collectors.toMap(ParkedMail::requestId,
                ParkedMail::kind, (first, second) -> first, LinkedHashMap::new));
    }

    @Override
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public Map<Long, String> undeliveredAmong(Collection<Long> bookingIds) {
        return parking.ofBookings(bookingIds).stream().collect(Collectors.toMap(ParkedMail::bookingId,
                mail -> mail.kind().name(), (first, second) -> first, LinkedHashMap::new));
    }

    /** Every undelivered mail, newest first, named by the request's or booking's code. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ParkedMail> all() {
        return parking.all().stream().map(mail -> new ParkedMail(mail.id(), mail.kind(), mail.requestId(),
                mail.bookingId(), reference(mail), mail.attempts(), mail.firstTriedAt(), mail.parkedAt(),
                mail.retrying())).toList();
    }

    /**
     * Sends a parked mail once more: back into the outbox, audited in the admin's name, started right after the
     * commit. Delivered, it disappears from the staff pages; failing, it is parked again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Retry retry(long parkedId) {
        Parking.Retry retry = transactions.execute(tx -> {
            Parking.Retry queued = parking.retry(parkedId);
            if (queued.outcome() == Retry.STARTED && queued.mail() != null) {
                ParkedMail mail = queued.mail();
                audit.record(AuditAction.MAIL_RETRY, mail.requestId() != null ? "help_request"
                                : mail.bookingId() != null ? "booking" : "mail",
                        mail.requestId() != null ? mail.requestId() : mail.bookingId() != null ? mail.bookingId()
                                : mail.id(), mail.kind().name());
            }
            return queued;
        });
        if (retry.publication() != null) {
            parking.start(retry.publication());
        }
        return retry.outcome();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void retryFor(long bookingId) {
        parking.ofBookings(Set.of(bookingId)).forEach(mail -> retry(mail.id()));
    }

    private String reference(ParkedMail mail) {
        if (mail.requestId() != null) {
            return requests.referenceCodeOf(mail.requestId()).orElse("–");
        }
        if (mail.bookingId() != null) {
            return bookings.details(mail.bookingId()).map(booking -> booking.code().value()).orElse("–");
        }
        return "–";
    }
}
