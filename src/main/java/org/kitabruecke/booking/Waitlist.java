package org.kitabruecke.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kitabruecke.ConnectionLimit;
import org.kitabruecke.RetryingTransactions;
import org.kitabruecke.SharedBuckets;
import org.kitabruecke.booking.internal.SlotLedger;
import org.kitabruecke.booking.internal.Tokens;
import org.kitabruecke.booking.internal.WaitlistEntry;
import org.kitabruecke.booking.internal.WaitlistRepository;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.BotChecks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list of fully booked days. When a place is freed, it is held for the first waiting parent and offered
 * by mail with a link; taken in time, it becomes their booking; not taken, it goes to the next parent, and when
 * nobody is left (or the day is too near), back to everyone. Joining, taking an offer and passing expired offers on
 * meet other nodes' bookings and cancellations of the same day: each runs in a transaction of its own that is repeated
 * after a conflict ({@link RetryingTransactions}); inside a caller's transaction (a cancellation) they join it.
 */
@Service
@Transactional
public class Waitlist {

    /**
     * What became of a parent's wish to wait for a day. {@code ON_THE_LIST} whether the address was new there or
     * already waiting: the page must not tell whoever typed an address that this family asked for help. The mail to
     * the address says which ({@link WaitlistJoined}).
     */
    public enum JoinResult { ON_THE_LIST, NOT_FULL, INVALID_EMAIL, TOO_MANY, BOT_CHECK_FAILED }

    private final WaitlistRepository entries;
    private final Bookings bookings;
    private final SlotLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration hold;
    private final ConnectionLimit joinsPerConnection;
    private final BotChecks botChecks;
    private final RetryingTransactions transactions;

    Waitlist(WaitlistRepository entries, Bookings bookings, SlotLedger ledger, ApplicationEventPublisher events,
             Clock clock, @Value("${kitabruecke.booking.offer-hold:PT2H}") Duration hold, BotChecks botChecks,
             SharedBuckets buckets, RetryingTransactions transactions) {
        this.botChecks = botChecks;
        this.joinsPerConnection = ConnectionLimit.perHourAndDay(buckets, "waitlist-joins", 5, 12);
        this.transactions = transactions;
        this.entries = entries;
        this.bookings = bookings;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.hold = hold;
    }

    /** How long a freed place is held for the parent it is offered to. */
    public Duration hold() {
        return hold;
    }

    /** A new puzzle for the parent's browser to solve before it may join; see {@link BotChecks}. */
    public BotCheck newBotCheck(String client) {
        return botChecks.issue(client);
    }

    /** Joins only if the browser solved its puzzle ({@code check}), and limited per connection ({@code client}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public JoinResult join(long locationId, LocalDate day, String typedEmail, String contactLanguage,
                           String pageLanguage, BotCheck check, long solution, String client) {
        var email = EmailAddress.parse(typedEmail);
        if (email.isEmpty()) {
            return JoinResult.INVALID_EMAIL;
        }
        if (!botChecks.accept(check, solution, client)) {
            return JoinResult.BOT_CHECK_FAILED;
        }
        if (!bookings.fullDays(locationId).contains(day)) {
            return JoinResult.NOT_FULL;
        }
        // counted before looking the address up: a known address must not get further than a new one
        if (!joinsPerConnection.tryTake(client)) {
            return JoinResult.TOO_MANY;
        }
        return transactions.inTransaction(() -> joinOnce(locationId, day, email.get(), contactLanguage, pageLanguage));
    }

    private JoinResult joinOnce(long locationId, LocalDate day, EmailAddress email, String contactLanguage,
                                String pageLanguage) {
        var waiting = entries.findFirstByLocationIdAndWantedOnAndEmailAndStatus(locationId, day, email,
                WaitlistEntry.Status.WAITING);
        // either way the answer comes before any mail is written (the outbox sends it after the commit, on another
        // thread), so its time tells a known address from a new one no more than by one row written
        WaitlistEntry entry = waiting.orElseGet(() -> entries.save(new WaitlistEntry(locationId, day,
                email, ContactLanguage.of(contactLanguage), pageLanguage, clock.instant())));
        events.publishEvent(new WaitlistJoined(entry.id(), waiting.isPresent(), UUID.randomUUID()));
        return JoinResult.ON_THE_LIST;
    }

    /** A parent still waiting, for the mail that confirms the entry; empty once offered a place or gone. */
    @Transactional(readOnly = true)
    public Optional<WaitingParent> waiting(long entryId) {
        return entries.findById(entryId).filter(entry -> entry.status() == WaitlistEntry.Status.WAITING)
                .map(entry -> new WaitingParent(entry.id(), entry.email(), entry.contactLanguage(),
                        entry.pageLanguage(), bookings.location(entry.locationId()).orElseThrow(), entry.wantedOn()));
    }

    /** A cancellation freed a place: hold it for the first waiting parent, else give it back to everyone. */
    @EventListener
    void on(PlaceFreed freed) {
        offerOrRelease(freed.locationId(), freed.slot());
    }

    /** Offers that were not taken in time go to the next parent; run every few minutes by the schedule. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int expireOffers() {
        return transactions.inTransaction(this::expireOffersOnce);
    }

    private int expireOffersOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        int expired = 0;
        for (WaitlistEntry entry : entries.findByStatusAndOfferExpiresAtLessThanEqual(WaitlistEntry.Status.OFFERED,
                now)) {
            entry.expire();
            offerOrRelease(entry.locationId(), Objects.requireNonNull(entry.offeredSlot()));
            expired++;
        }
        return expired;
    }

    @Transactional(readOnly = true)
    public Optional<WaitlistOffer> offer(String token) {
        return entries.findByOfferTokenHash(Tokens.hash(token))
                .filter(entry -> entry.isOpenOffer(LocalDateTime.now(clock)))
                .map(this::toOffer);
    }

    @Transactional(readOnly = true)
    public Optional<WaitlistOffer> offer(long entryId) {
        return entries.findById(entryId).filter(entry -> entry.offeredSlot() != null).map(this::toOffer);
    }

    /**
     * The link of an open offer, for the offer mail being written now: a new token replaces any earlier one, so
     * that the only working link is the one in the mail. Empty when the offer is no longer open.
     */
    public Optional<String> newOfferLink(long entryId) {
        return entries.findById(entryId).filter(entry -> entry.isOpenOffer(LocalDateTime.now(clock))).map(entry -> {
            String token = Tokens.random();
            entry.linkOffer(Tokens.hash(token));
            return token;
        });
    }

    /** Takes the held place: it becomes the parent's booking (mail with calendar file follows). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<BookingResult.Booked> accept(String token) {
        return transactions.inTransaction(() -> acceptOnce(token));
    }

    private Optional<BookingResult.Booked> acceptOnce(String token) {
        Optional<WaitlistEntry> found = entries.findByOfferTokenHash(Tokens.hash(token))
                .filter(entry -> entry.isOpenOffer(LocalDateTime.now(clock)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WaitlistEntry entry = found.get();
        entry.booked();
        return Optional.of(bookings.bookHeld(new NewBooking(entry.locationId(),
                Objects.requireNonNull(entry.offeredSlot()), null, entry.email(), entry.contactLanguage(),
                entry.pageLanguage(), null, null)));
    }

    private void offerOrRelease(long locationId, LocalDateTime slot) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime latest = bookings.lastMomentToBook(locationId, slot);
        if (now.isBefore(latest)) {
            var next = entries.findFirstByLocationIdAndWantedOnAndStatusOrderByCreatedAtAscIdAsc(locationId,
                    slot.toLocalDate(), WaitlistEntry.Status.WAITING);
            if (next.isPresent()) {
                LocalDateTime until = now.plus(hold).isBefore(latest) ? now.plus(hold) : latest;
                next.get().offer(slot, until);
                events.publishEvent(new WaitlistOfferMade(next.get().id()));
                return;
            }
        }
        ledger.release(locationId, slot);
    }

    private WaitlistOffer toOffer(WaitlistEntry entry) {
        LocalDateTime slot = Objects.requireNonNull(entry.offeredSlot());
        return new WaitlistOffer(entry.id(), entry.email(), entry.contactLanguage(), entry.pageLanguage(),
                bookings.location(entry.locationId()).orElseThrow(), slot,
                bookings.heldSlotEnd(entry.locationId(), slot),
                Objects.requireNonNull(entry.offerExpiresAt()));
    }

}
