package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.Puzzles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting list on MariaDB with a real SMTP server: a freed place is held for the first waiting parent, offered
 * by mail, taken through the link; an offer not taken in time passes to the next parent, then back to everyone.
 */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMailbox
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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.kitabruecke.i18n.Formats formats;

    Mailbox mailbox;

    @Test
    void aFreedPlaceGoesToTheFirstWaitingParentThenToTheNextThenBackToEveryone() throws Exception {
        List<BookingResult.Booked> booked = fillTheDay();
        assertThat(bookings.fullDays(WATTENSCHEID)).contains(FRIDAY);
        String first = address("first");
        String second = address("second");
        assertThat(join(WATTENSCHEID, FRIDAY, first, "uk", "de", "client-a"))
                .isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        assertThat(join(WATTENSCHEID, FRIDAY, first, "de", "de", "client-c"))
                .as("the same answer for an address already waiting").isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        assertThat(join(WATTENSCHEID, FRIDAY, second, "de", "de", "client-b"))
                .isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        assertThat(mailbox.awaitMails(first, 2)).as("first the confirmation, then: already on the list")
                .extracting(message -> message.getSubject())
                .containsExactlyInAnyOrder("Список очікування: " + formats.day(FRIDAY, java.util.Locale.of("uk")),
                        "Ви вже в списку очікування: " + formats.day(FRIDAY, java.util.Locale.of("uk")));
        assertThat(mailbox.awaitMails(second, 1)).hasSize(1);

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
        assertThat(mailbox.awaitMails(second, 3).get(2).getSubject()).contains("Freitag, 4. Dezember");
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
                booked.add((BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt())
                        .phone("+49151100040" + booked.size() % 10 + booked.size() / 10).build()));
            }
        }
        return booked;
    }

    /** The link in the offer mail to this address (the confirmation of the waiting list came before it). */
    private String offerLink(String address) {
        Pattern offer = Pattern.compile("/book/offer/([A-Za-z0-9_-]+)");
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> mailbox
                .mailsTo(address).stream().map(message -> {
                    try {
                        Matcher link = offer.matcher(Mailbox.text(message));
                        return link.find() ? link.group(1) : null;
                    } catch (Exception unreadable) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).findFirst().orElse(null), java.util.Objects::nonNull);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * The answer on the page is the same for a new and a known address; the mail to the address tells which, in the
     * family's language, with the day and place and how to leave the list, and only one entry is kept.
     */
    @Test
    void aKnownAddressLearnsByMailOnlyThatItWaitsAlready() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 14);
        int n = 0;
        for (Slot slot : bookings.slots(1L, monday)) {
            for (int place = 0; place < slot.free(); place++) {
                bookings.book(aBooking().at(1L, slot.startsAt()).phone("+4915110005" + (100 + n++)).build());
            }
        }
        String family = address("family");
        String day = formats.day(monday, java.util.Locale.forLanguageTag("ar"));

        assertThat(join(1L, monday, family, "ar", "ar", "client-d"))
                .isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        var joined = mailbox.awaitMails(family, 1).getFirst();
        assertThat(join(1L, monday, family, "de", "de", "client-e"))
                .isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        var already = mailbox.awaitMails(family, 2).get(1);

        assertThat(joined.getSubject()).isEqualTo("قائمة الانتظار: " + day);
        assertThat(Mailbox.text(joined)).contains("أنتم الآن على قائمة الانتظار", "Jugendamt Ruhrstadt, Haus A",
                "Rathausplatz 1", "اتصلوا بنا");
        assertThat(already.getSubject()).as("in the family's language, not the one typed the second time")
                .isEqualTo("أنتم على قائمة الانتظار من قبل: " + day);
        assertThat(Mailbox.text(already)).contains("مرة أخرى", "Jugendamt Ruhrstadt, Haus A", "اتصلوا بنا");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waitlist_entry WHERE email = ?", Integer.class, family))
                .as("one entry").isEqualTo(1);
    }

    /** Joins as the waiting-list page does, with the bot-check puzzle solved by the "browser". */
    private Waitlist.JoinResult join(long location, LocalDate day, String email, String language, String page,
                                     String client) {
        BotCheck check = waitlist.newBotCheck(client);
        return waitlist.join(location, day, email, language, page, check, Puzzles.solve(check), client);
    }
}
