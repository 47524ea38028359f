package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kitabruecke.booking.BookingRetention;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.notification.MailRetention;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.KitaForward;
import org.kitabruecke.request.KitaForwarding;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestRetention;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.statistics.Figures;
import org.kitabruecke.statistics.Quarter;
import org.kitabruecke.statistics.QuarterlyFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every kind of record with personal data has a maximum life (decision 0015): the nightly jobs leave it alone just
 * before and forget it just after, while the quarter's figures stay. Requests here; bookings in
 * {@link RetentionOfBookingsTest}, mail and the audit trail in {@link RetentionOfMailAndAuditTest}; the times in
 * {@link NightlyRetention}.
 */
@IntegrationTest
@CityTime(NightlyRetention.JANUARY_2025)
@WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
class RetentionForEveryRecordTest extends NightlyRetention {

    @Autowired
    HelpRequests requests;

    @Autowired
    Casework casework;

    @Autowired
    KitaForwarding kitas;

    @Autowired
    RequestRetention requestRetention;

    @Autowired
    BookingRetention bookingRetention;

    @Autowired
    MailRetention mailRetention;

    @Autowired
    QuarterlyFigures figures;

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"IN_PROGRESS", "REFERRED", "APPOINTMENT"})
    void aRequestLeftOpenIsForgottenAYearAfterItsLastChangeAndANoteIsAChange(RequestStatus left) {
        long id = submitted("+4915112340001");
        casework.moveTo(id, casework.details(id).version(), left, null);
        Figures before = figures.of(new Quarter(2025, 1));
        LocalDateTime noted = JAN_2025.plusDays(100);
        clock.setCityTime(noted);
        casework.addNote(id, "Familie ruft nach den Ferien zurück");

        clock.setCityTime(JAN_2025.plusDays(366));
        nightly();
        assertThat(request(id)).as("a year after the change of state, but the note came later")
                .containsEntry("phone", "+4915112340001").containsEntry("status", left.name());
        assertThat(notes(id)).isEqualTo(1);

        clock.setCityTime(justBefore(noted, 365));
        nightly();
        assertThat(request(id)).as("an hour before").containsEntry("phone", "+4915112340001");

        clock.setCityTime(justAfter(noted, 365));
        RequestRetention.Forgotten forgotten = requestRetention.forgetDue();
        assertThat(forgotten.open()).isGreaterThanOrEqualTo(1);
        assertThat(request(id)).as("an hour after").containsEntry("phone", null).containsEntry("free_text", null)
                .containsEntry("status", "CLOSED").containsEntry("closed_reason", "OTHER");
        assertThat(notes(id)).isZero();
        assertThat(figures.of(new Quarter(2025, 1))).as("the quarter's figures stay").isEqualTo(before);
    }

    @Test
    void aKitasForwardInProgressIsForgottenAYearAfterItsLastChange() {
        clock.setCityTime(JAN_2025.plusDays(2));
        Receipt receipt = as("kita", "KITA_STAFF", () -> kitas.forward(new KitaForward(Set.of(Topic.HEALTH),
                Urgency.SOON, new PhoneNumber("+4915112340002"), null, ContactLanguage.of("ar"), true, "ar", true)));
        long id = idOf(receipt);
        assertThat(request(id)).containsEntry("source", "KITA");
        casework.moveTo(id, casework.details(id).version(), RequestStatus.IN_PROGRESS, null);

        clock.setCityTime(justBefore(JAN_2025, 2 + 365));
        nightly();
        assertThat(request(id)).containsEntry("phone", "+4915112340002");

        clock.setCityTime(justAfter(JAN_2025, 2 + 365));
        nightly();
        assertThat(request(id)).containsEntry("phone", null).containsEntry("status", "CLOSED");
    }

    @Test
    void aRequestNobodyAnsweredIsForgottenNinetyDaysAfterItCameIn() {
        clock.setCityTime(JAN_2025.plusDays(3));
        long id = submitted("+4915112340003");
        Figures before = figures.of(new Quarter(2025, 1));

        clock.setCityTime(justBefore(JAN_2025, 3 + 90));
        nightly();
        assertThat(request(id)).containsEntry("phone", "+4915112340003").containsEntry("status", "RECEIVED");

        clock.setCityTime(justAfter(JAN_2025, 3 + 90));
        nightly();
        assertThat(request(id)).containsEntry("phone", null).containsEntry("status", "CLOSED")
                .containsEntry("closed_reason", "NOT_REACHED");
        assertThat(figures.of(new Quarter(2025, 1))).isEqualTo(before);
    }

    @Test
    void staffSeeARequestInTheListTwoWeeksBeforeItIsForgotten() {
        clock.setCityTime(JAN_2025.plusDays(4));
        long id = submitted("+4915112340004");
        casework.moveTo(id, casework.details(id).version(), RequestStatus.IN_PROGRESS, null);
        String code = casework.details(id).referenceCode();

        clock.setCityTime(JAN_2025.plusDays(4 + 365 - 15));
        assertThat(requestRetention.dueWithin(Duration.ofDays(14))).extracting(RequestRetention.Due::code)
                .doesNotContain(code);
        clock.setCityTime(JAN_2025.plusDays(4 + 365 - 13));
        assertThat(requestRetention.dueWithin(Duration.ofDays(14))).filteredOn(due -> due.code().equals(code))
                .singleElement().satisfies(due -> {
                    assertThat(due.kind()).isEqualTo(RequestRetention.Kind.OPEN);
                    assertThat(due.forgetAt()).isEqualTo(JAN_2025.plusDays(4 + 365).atZone(TestClock.CITY)
                            .toInstant());
                });

        casework.addNote(id, "Noch in Arbeit");
        assertThat(requestRetention.dueWithin(Duration.ofDays(14))).as("working on it keeps it")
                .extracting(RequestRetention.Due::code).doesNotContain(code);
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void aKitaAccountCannotListWhatWillBeForgotten() {
        assertThatThrownBy(() -> requestRetention.dueWithin(Duration.ofDays(14)))
                .hasMessageContaining("Access Denied");
        assertThatThrownBy(() -> bookingRetention.dueWithin(Duration.ofDays(14)))
                .hasMessageContaining("Access Denied");
        assertThatThrownBy(() -> mailRetention.dueWithin(Duration.ofDays(14)))
                .hasMessageContaining("Access Denied");
    }

    private long submitted(String phone) {
        int counted = figures.of(new Quarter(2025, 1)).byCategory().getOrDefault("REQUEST_RECEIVED", 0);
        Receipt receipt = requests.submit(aRequest().about(Topic.MONEY).urgency(Urgency.SOON).children(0, 1, 0)
                .district(3L).phone(phone).language("uk").withInterpreter().callTimes("vormittags").noVoicemail()
                .freeText("Wir brauchen Hilfe beim Antrag.").build());
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> figures.of(new Quarter(2025, 1))
                .byCategory().getOrDefault("REQUEST_RECEIVED", 0) > counted);
        return idOf(receipt);
    }

    private long idOf(Receipt receipt) {
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
    }

    private Map<String, Object> request(long id) {
        return jdbc.queryForMap("SELECT phone, free_text, status, closed_reason, source FROM help_request WHERE id = ?",
                id);
    }

    private int notes(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM help_request_note WHERE help_request_id = ?", Integer.class,
                id);
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
