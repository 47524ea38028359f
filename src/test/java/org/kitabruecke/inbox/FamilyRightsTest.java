package org.kitabruecke.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.TestDays;
import org.kitabruecke.booking.BookingCode;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.FamilyBookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditEntry;
import org.kitabruecke.privacy.AuditQuery;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.privacy.RecordCodes;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.KitaForward;
import org.kitabruecke.request.KitaForwarding;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Puzzles;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.statistics.Figures;
import org.kitabruecke.statistics.Quarter;
import org.kitabruecke.statistics.QuarterlyFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family's rights over all their data on MariaDB (decision 0016): found by phone in any notation, by e-mail in any
 * case, by reference code — across help requests (also one forwarded by their Kita), bookings and the waiting
 * list — and erased at once; the quarter's figures stay and the audit trail shows every step without the contact searched.
 */
@IntegrationTest
@CityTime("tuesday 10:30")
@WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
class FamilyRightsTest {

    /** Wattenscheid district office, Friday 9–11: four slots of two places; a day in a quarter of its own. */
    static final long WATTENSCHEID = 2L;
    static final TestDays DAYS = TestDays.forClass(FamilyRightsTest.class);
    static final LocalDate FRIDAY = DAYS.day(DayOfWeek.FRIDAY);
    static final Quarter QUARTER = DAYS.quarter();

    @Autowired
    FamilyRights rights;

    @Autowired
    HelpRequests requests;

    @Autowired
    KitaForwarding forwarding;

    @Autowired
    Casework casework;

    @Autowired
    Bookings bookings;

    @Autowired
    BookingDesk desk;

    @Autowired
    Waitlist waitlist;

    @Autowired
    AuditTrail audit;

    @Autowired
    List<RecordCodes> codes;

    @Autowired
    QuarterlyFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFamilyIsFoundByPhoneEmailOrCodeAcrossAllTheirRecordsAndErasedAtOnceWhileTheFiguresStay() {
        int digits = ThreadLocalRandom.current().nextInt(1000, 10000);
        String phone = "+4922147" + digits;
        String typedNationally = "0221 47 " + digits / 100 + " " + String.format("%02d", digits % 100);
        String typedInternationally = "+49 221 47" + digits;
        assertThat(PhoneNumber.parse(typedNationally)).contains(new PhoneNumber(phone));
        String mail = "Familie.Rechte-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";

        Receipt own = requests.submit(request(phone, mail, "Wir haben Mietschulden."));
        long ownId = idOf(own);
        casework.addNote(ownId, "Mutter ruft Dienstag zurück");
        Receipt forwarded = asKitaStaff(() -> forwarding.forward(new KitaForward(Set.of(Topic.PARENTING),
                Urgency.QUESTION, new PhoneNumber(phone), null, ContactLanguage.of("tr"), false, "tr", true)));
        Receipt stranger = requests.submit(request("+4915112" + (100000 + digits), "fremd-" + digits
                + "@example.org", "Eine andere Familie."));
        BookingResult.Booked theirs = fillTheFridayWithOnePlaceForTheFamily(phone);
        BotCheck check = waitlist.newBotCheck("family-rights-test");
        assertThat(waitlist.join(WATTENSCHEID, FRIDAY, mail.toLowerCase(), "tr", "tr", check, Puzzles.solve(check),
                "family-rights-test")).isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> figures.of(QUARTER).byCategory()
                .getOrDefault("REQUEST_RECEIVED", 0) >= 3);

        for (String typed : List.of(typedNationally, typedInternationally, mail.toUpperCase(), own.code().value())) {
            FamilyRights.Found found = rights.find(typed);
            assertThat(found.requests()).as(typed).extracting(CaseDetails::referenceCode)
                    .containsExactlyInAnyOrder(own.code().value(), forwarded.code().value())
                    .doesNotContain(stranger.code().value());
            assertThat(found.bookings().bookings()).as(typed).extracting(FamilyBookings.Booked::code)
                    .containsExactly(theirs.code());
            assertThat(found.bookings().waiting()).as(typed).extracting(FamilyBookings.Waiting::wantedOn)
                    .containsExactly(FRIDAY);
        }

        FamilyRights.Found byBooking = rights.find(theirs.code().value());
        assertThat(byBooking.requests()).extracting(CaseDetails::referenceCode)
                .containsExactlyInAnyOrder(own.code().value(), forwarded.code().value());
        assertThat(byBooking.bookings().waiting()).as("two steps from the booking, not three: the page shows the "
                + "e-mail address to search for next").isEmpty();

        FamilyRights.Found found = rights.find(typedNationally);
        JsonNode json = JsonMapper.builder().build().readTree(rights.json(found));
        assertThat(json.at("/helpRequests").size()).isEqualTo(2);
        assertThat(json.at("/helpRequests/0/notes/0/text").asString()).isEqualTo("Mutter ruft Dienstag zurück");
        assertThat(json.toString()).as("the family's copy names no staff or Kita account")
                .doesNotContain("sozial", "\"kita\"");
        assertThat(json.at("/bookings/0/phone").asString()).isEqualTo(phone);
        assertThat(json.at("/bookings/0/topic").asString()).isEqualTo("Mietschulden");
        assertThat(json.at("/waitingList/0/email").asString()).isEqualTo(mail.toLowerCase());
        Figures before = figures.of(QUARTER);

        rights.eraseAll(found);

        for (String typed : List.of(typedNationally, mail, own.code().value(), theirs.code().value())) {
            assertThat(rights.find(typed).isEmpty()).as("nothing left under " + typed).isTrue();
        }
        assertThat(jdbc.queryForList("SELECT phone, email, free_text FROM help_request WHERE reference_code IN (?, ?)",
                own.code().value(), forwarded.code().value())).allSatisfy(row -> assertThat(row.values())
                .containsOnlyNulls());
        assertThat(jdbc.queryForMap("SELECT phone, topic, status FROM booking WHERE id = ?", theirs.bookingId()))
                .containsEntry("phone", null).containsEntry("topic", null).containsEntry("status", "CANCELLED");
        assertThat(bookings.openDays(WATTENSCHEID)).as("their place is free for everyone again").contains(FRIDAY);
        assertThat(rights.find(stranger.code().value()).requests()).as("another family keeps theirs").hasSize(1);
        assertThat(figures.of(QUARTER)).as("the anonymous figures stay").isEqualTo(before);

        var records = codes.stream().flatMap(lookup -> java.util.stream.Stream.of(own.code().value(),
                theirs.code().value()).flatMap(code -> lookup.recordsOf(code).stream())).toList();
        assertThat(records).contains(new RecordCodes.Record("help_request", ownId),
                new RecordCodes.Record("booking", theirs.bookingId()));
        List<AuditEntry> trail = audit.search(new AuditQuery(null, null, null, null, records), 0, 200);
        assertThat(trail).filteredOn(entry -> entry.recordId() == ownId).extracting(AuditEntry::action)
                .contains(AuditAction.READ, AuditAction.EXPORT, AuditAction.ERASE);
        assertThat(trail).filteredOn(entry -> entry.recordId() == theirs.bookingId())
                .extracting(AuditEntry::actor, AuditEntry::action).contains(
                        org.assertj.core.groups.Tuple.tuple("sozial", AuditAction.READ),
                        org.assertj.core.groups.Tuple.tuple("sozial", AuditAction.ERASE));
        assertThat(trail).extracting(AuditEntry::detail).contains("family-search by phone", "family-json");
        List<AuditEntry> searches = audit.search(new AuditQuery("sozial", null, null, null), 0, 100);
        assertThat(searches).extracting(AuditEntry::detail).as("how, never what was searched for")
                .noneMatch(detail -> detail != null && (detail.contains(String.valueOf(digits))
                        || detail.toLowerCase().contains("rechte")));
    }

    @Test
    void theDeskShowingAFamilysContactsIsInTheTrail() {
        LocalDate monday = DAYS.day(DayOfWeek.MONDAY, 1);
        Slot slot = bookings.slots(WATTENSCHEID, monday.plusDays(4)).getFirst();
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt())
                .phone("+4915112398765").build());

        desk.day(WATTENSCHEID, monday.plusDays(4));

        assertThat(audit.search(new AuditQuery("sozial", booked.bookingId(), null, null), 0, 10))
                .extracting(AuditEntry::recordType, AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("booking", AuditAction.READ, "desk"));
    }

    private BookingResult.Booked fillTheFridayWithOnePlaceForTheFamily(String phone) {
        List<BookingResult.Booked> booked = new ArrayList<>();
        BookingResult.Booked theirs = null;
        for (Slot slot : bookings.slots(WATTENSCHEID, FRIDAY)) {
            for (int place = 0; place < slot.free(); place++) {
                boolean family = theirs == null;
                var result = (BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt())
                        .phone(family ? phone : "+491511000" + (5000 + booked.size())).language("tr", "tr")
                        .topic(family ? "Mietschulden" : null).build());
                booked.add(result);
                if (family) {
                    theirs = result;
                }
            }
        }
        assertThat(booked).hasSize(8);
        return java.util.Objects.requireNonNull(theirs);
    }

    private long idOf(Receipt receipt) {
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
    }

    private static NewHelpRequest request(String phone, String mail, String message) {
        return aRequest().about(Topic.MONEY).urgency(Urgency.SOON).phone(phone).email(mail).language("tr")
                .callTimes("abends").freeText(message).build();
    }

    private static Receipt asKitaStaff(Supplier<Receipt> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "kita", "n/a", List.of(new SimpleGrantedAuthority("ROLE_KITA_STAFF")))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
