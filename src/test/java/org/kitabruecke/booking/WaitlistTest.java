package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.Puzzles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting list on MariaDB with a real SMTP server: a freed place is held for the first waiting parent, offered
 * by mail, taken through the link; an offer not taken in time passes to the next parent, then back to everyone.
 */
@IntegrationTest
class WaitlistTest {

    /** Wattenscheid district office, Friday 9–11: four slots of two places. */
    static final long WATTENSCHEID = 2L;
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Autowired
    Bookings bookings;

    @Autowired
    Waitlist waitlist;

    @Autowired
    TestClock clock;

    Mailbox mailbox;

    @BeforeEach
    void tuesdayMorning() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
        mailbox = new Mailbox();
    }

    @AfterEach
    void realTime() {
        mailbox.close();
        clock.followRealTime();
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaitingParentThenToTheNextThenBackToEveryone() throws Exception {
        List<BookingResult.Booked> booked = fillTheDay();
        assertThat(bookings.fullDays(WATTENSCHEID)).contains(FRIDAY);
        String first = address("first");
        String second = address("second");
        assertThat(join(WATTENSCHEID, FRIDAY, first, "uk", "de", "client-a"))
                .isEqualTo(Waitlist.JoinResult.JOINED);
        assertThat(join(WATTENSCHEID, FRIDAY, first, "uk", "de", "client-a"))
                .isEqualTo(Waitlist.JoinResult.ALREADY_WAITING);
        assertThat(join(WATTENSCHEID, FRIDAY, second, "de", "de", "client-b"))
                .isEqualTo(Waitlist.JoinResult.JOINED);

        assertThat(bookings.cancel(booked.getFirst().manageToken())).isEqualTo(CancelResult.CANCELLED);

        assertThat(bookings.openDays(WATTENSCHEID)).as("the place is held, not free for all").doesNotContain(FRIDAY);
        String firstOffer = offerLink(first);
        assertThat(waitlist.offer(firstOffer)).get().extracting(WaitlistOffer::slot)
                .isEqualTo(booked.getFirst().startsAt());

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 13, 0));
        assertThat(waitlist.expireOffers()).isEqualTo(1);
        assertThat(waitlist.accept(firstOffer)).as("too late").isEmpty();
        String secondOffer = offerLink(second);

        var taken = waitlist.accept(secondOffer);
        assertThat(taken).get().extracting(BookingResult.Booked::startsAt).isEqualTo(booked.getFirst().startsAt());
        assertThat(waitlist.accept(secondOffer)).as("once").isEmpty();
        assertThat(mailbox.awaitMails(second, 2).get(1).getSubject()).contains("Freitag, 4. Dezember");
        assertThat(bookings.openDays(WATTENSCHEID)).doesNotContain(FRIDAY);

        assertThat(bookings.cancel(booked.get(1).manageToken())).isEqualTo(CancelResult.CANCELLED);
        assertThat(bookings.openDays(WATTENSCHEID)).as("nobody waits any more: free for all").contains(FRIDAY);
    }

    @Test
    void aDayWithFreePlacesHasNoWaitingList() {
        assertThat(join(WATTENSCHEID, LocalDate.of(2026, 12, 22), address("early"), "de", "de", "c"))
                .isEqualTo(Waitlist.JoinResult.NOT_FULL);
        assertThat(join(WATTENSCHEID, FRIDAY, "not an address", "de", "de", "c"))
                .isEqualTo(Waitlist.JoinResult.INVALID_EMAIL);
    }

    private List<BookingResult.Booked> fillTheDay() {
        List<BookingResult.Booked> booked = new ArrayList<>();
        for (Slot slot : bookings.slots(WATTENSCHEID, FRIDAY)) {
            for (int place = 0; place < slot.free(); place++) {
                booked.add((BookingResult.Booked) bookings.book(new NewBooking(WATTENSCHEID, slot.startsAt(),
                        "+49151100040" + booked.size() % 10 + booked.size() / 10, null, "de", "de", null, null)));
            }
        }
        return booked;
    }

    private String offerLink(String address) throws Exception {
        String body = Mailbox.text(mailbox.awaitMails(address, 1).getFirst());
        Matcher link = Pattern.compile("/book/offer/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Joins as the waiting-list page does, with the bot-check puzzle solved by the "browser". */
    private Waitlist.JoinResult join(long location, LocalDate day, String email, String language, String page,
                                     String client) {
        BotCheck check = waitlist.newBotCheck(client);
        return waitlist.join(location, day, email, language, page, check, Puzzles.solve(check), client);
    }
}
