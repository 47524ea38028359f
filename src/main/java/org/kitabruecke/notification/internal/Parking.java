package org.kitabruecke.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.notification.MailKind;
import org.kitabruecke.notification.ParkedMail;
import org.kitabruecke.notification.UndeliveredMail;
import org.kitabruecke.request.HelpRequestSubmitted;
import org.kitabruecke.request.HelpRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventPublicationRepository.FailedCriteria;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Between the outbox (Spring Modulith's event publication registry) and the parked mails: gives up on entries
 * after their last attempt — out of the outbox, the PIN kept for a confirmation deleted, the event (ids only) kept
 * for staff — and puts a parked mail back into the outbox for an admin's single new attempt.
 */
@Component
public class Parking {

    private static final Logger LOG = LoggerFactory.getLogger(Parking.class);
    private static final List<EventPublication.Status> UNDER_WAY = List.of(EventPublication.Status.PUBLISHED,
            EventPublication.Status.PROCESSING, EventPublication.Status.RESUBMITTED);

    private final EventPublicationRepository outbox;
    private final IncompleteEventPublications incomplete;
    private final EventSerializer serializer;
    private final ParkedMails parked;
    private final RetrySchedule schedule;
    private final HelpRequests requests;
    private final Bookings bookings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Parking(EventPublicationRepository outbox, IncompleteEventPublications incomplete, EventSerializer serializer,
            ParkedMails parked, RetrySchedule schedule, HelpRequests requests, Bookings bookings, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.incomplete = incomplete;
        this.serializer = serializer;
        this.parked = parked;
        this.schedule = schedule;
        this.requests = requests;
        this.bookings = bookings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Counts as failed every attempt begun before {@code before} and still not finished: its node died, or it hangs.
     * (Spring Modulith 2.1's staleness monitor measures from the first publication, so it would fail a retry of an
     * old entry the moment it starts; this measures from the attempt's own start.)
     */
    int failStuck(Instant before) {
        int stuck = 0;
        for (EventPublication.Status status : UNDER_WAY) {
            for (TargetEventPublication publication : outbox.findByStatus(status)) {
                if (lastAttempt(publication).isBefore(before)) {
                    LOG.warn("Outbox entry {} ({}) did not finish since {}; counted as failed",
                            publication.getIdentifier(), status, lastAttempt(publication));
                    outbox.markFailed(publication.getIdentifier());
                    stuck++;
                }
            }
        }
        return stuck;
    }

    /** Parks every entry whose last attempt failed: all its attempts used up, or an admin's retry that failed. */
    int parkExhausted() {
        Map<UUID, String> retries = parked.retryPublications();
        int count = 0;
        for (TargetEventPublication failed : outbox.findFailedPublications(FailedCriteria.ALL)) {
            String retried = retries.get(failed.getIdentifier());
            if (retried != null || schedule.isExhausted(failed.getCompletionAttempts())) {
                try {
                    // an admin's retry is one attempt (the registry counted its start as a second one)
                    int attempts = retried != null ? 1 : failed.getCompletionAttempts();
                    transactions.executeWithoutResult(tx -> park(failed, attempts, retried));
                    count++;
                } catch (RuntimeException unreadable) {
                    LOG.error("Could not park outbox entry {}", failed.getIdentifier(), unreadable);
                }
            }
        }
        return count;
    }

    int forgetDelivered() {
        return parked.forgetDelivered();
    }

    /**
     * Drops parked mails whose family can no longer be written to: the request's or booking's retention (or an
     * erasure) removed the address, and with it the reason to show the mail to staff.
     */
    int forgetUnreachable() {
        int forgotten = 0;
        for (ParkedMails.Parked mail : parked.all()) {
            boolean unreachable = mail.requestId() != null ? requests.mailContact(mail.requestId()).isEmpty()
                    : mail.bookingId() != null && bookings.details(mail.bookingId())
                    .map(booking -> booking.email() == null).orElse(true);
            if (unreachable) {
                parked.forget(mail.id());
                forgotten++;
            }
        }
        return forgotten;
    }

    /** Whether a failed entry is due for its next attempt now. */
    boolean isDue(EventPublication failed, Instant now) {
        return schedule.isDue(failed.getCompletionAttempts(), lastAttempt(failed), now);
    }

    private void park(TargetEventPublication publication, int attempts, @Nullable String parkedKey) {
        String listener = publication.getTargetIdentifier().getValue();
        Object event = publication.getEvent();
        MailSubject named = MailSubject.of(event, listener, publication.getIdentifier());
        MailSubject subject = parkedKey == null ? named : named.withKey(parkedKey);
        if (subject.kind() == MailKind.CONFIRMATION && event instanceof HelpRequestSubmitted submitted) {
            requests.forgetConfirmationPin(submitted.requestId());
        }
        // serialized anew from the event type of today: ids only, nothing an older version may have carried
        parked.park(subject, listener, event.getClass().getName(), serializer.serialize(event).toString(),
                attempts, publication.getPublicationDate(), clock.instant());
        outbox.deletePublications(List.of(publication.getIdentifier()));
        LOG.warn("Gave up on {} after {} attempts; parked for staff", subject.key(), attempts);
    }

    /** The parked mails of some requests (for the inbox), of some bookings, or all of them. */
    public List<ParkedMail> ofRequests(Collection<Long> requestIds) {
        return parked.ofRequests(requestIds).stream().map(Parking::shown).toList();
    }

    public List<ParkedMail> ofBookings(Collection<Long> bookingIds) {
        return parked.ofBookings(bookingIds).stream().map(Parking::shown).toList();
    }

    public List<ParkedMail> all() {
        return parked.all().stream().map(Parking::shown).toList();
    }

    /**
     * Puts a parked mail back into the outbox for one new attempt; runs in the caller's transaction. The mail stays
     * parked (and staff keep seeing it) until the attempt delivers it; if it fails, it is parked again.
     */
    public Retry retry(long id) {
        var found = parked.lock(id);
        if (found.isEmpty()) {
            return new Retry(UndeliveredMail.Retry.NOT_FOUND, null, null);
        }
        ParkedMails.Parked mail = found.get();
        if (mail.retryPublication() != null) {
            return new Retry(UndeliveredMail.Retry.ALREADY_RUNNING, null, shown(mail));
        }
        Object event = serializer.deserialize(mail.serializedEvent(), eventType(mail));
        var publication = TargetEventPublication.of(event, PublicationTargetIdentifier.of(mail.listenerId()),
                clock.instant());
        outbox.create(publication);
        parked.retrying(id, publication.getIdentifier());
        return new Retry(UndeliveredMail.Retry.STARTED, publication.getIdentifier(), shown(mail));
    }

    /** Starts the attempt {@link #retry} queued, once its transaction has committed. */
    public void start(UUID publication) {
        incomplete.resubmitIncompletePublications(entry -> entry.getIdentifier().equals(publication));
    }

    /** What {@link #retry} did: the outcome, the queued outbox entry, the mail. */
    public record Retry(UndeliveredMail.Retry outcome, @Nullable UUID publication, @Nullable ParkedMail mail) {
    }

    private static Class<?> eventType(ParkedMails.Parked mail) {
        try {
            return Class.forName(mail.eventType());
        } catch (ClassNotFoundException gone) {
            throw new IllegalStateException("The event type " + mail.eventType() + " no longer exists", gone);
        }
    }

    private static Instant lastAttempt(EventPublication publication) {
        Instant last = publication.getLastResubmissionDate();
        return last != null ? last : publication.getPublicationDate();
    }

    private static ParkedMail shown(ParkedMails.Parked mail) {
        return new ParkedMail(mail.id(), mail.kind(), mail.requestId(), mail.bookingId(), null, mail.attempts(),
                mail.firstTriedAt(), mail.parkedAt(), mail.retryPublication() != null);
    }
}
