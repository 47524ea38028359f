package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kitabruecke.booking.BookingRetention;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.notification.MailRetention;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditRetention;
import org.kitabruecke.privacy.AuditTrail;
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
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every kind of record with personal data has a maximum life (decision 0015): the nightly jobs leave it alone just
 * before and forget it just after, while the quarter's figures stay. Times lie in the past of the real clock, so
 * that forgetting touches only what the tests made long ago, never the demo data other tests read.
 */
@IntegrationTest
@WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
class RetentionForEveryRecordTest {

    static final LocalDateTime JAN_2025 = LocalDateTime.of(2025, 1, 10, 9, 0);
    static final Duration HOUR = Duration.ofHours(1);
    static final List<String> JOBS = List.of("org.kitabruecke.request.internal.RequestRetentionJob",
            "org.kitabruecke.booking.internal.BookingRetentionJob",
            "org.kitabruecke.notification.internal.MailRetentionJob",
            "org.kitabruecke.privacy.internal.AuditRetentionJob");

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
    AuditRetention auditRetention;

    @Autowired
    AuditTrail audit;

    @Autowired
    QuarterlyFigures figures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"IN_PROGRESS", "REFERRED", "APPOINTMENT"})
    void aRequestLeftOpenIsForgottenAYearAfterItsLastChangeAndANoteIsAChange(RequestStatus left) {
        clock.setCityTime(JAN_2025);
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

    @Test
    void aBookingFarAheadThatWasCancelledIsForgottenAMonthAfterTheCancellation() {
        clock.setCityTime(JAN_2025);
        jdbc.update("""
                INSERT INTO booking (booking_code, location_id, starts_at, ends_at, status, phone, email,
                  contact_language, page_language, topic, created_at, cancelled_at)
                VALUES ('TB-RET-015', 1, '2025-06-02 09:00:00', '2025-06-02 09:30:00', 'CANCELLED', '+4915112340005',
                  'weit@example.org', 'de', 'de', 'Kita-Platz', ?, ?)""", at(JAN_2025), at(JAN_2025.plusDays(1)));
        long id = jdbc.queryForObject("SELECT id FROM booking WHERE booking_code = 'TB-RET-015'", Long.class);
        jdbc.update("INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES (?, ?, ?)",
                "f".repeat(63) + "5", id, at(JAN_2025));

        clock.setCityTime(justBefore(JAN_2025, 31));
        assertThat(bookingRetention.dueWithin(Duration.ofDays(14))).extracting(BookingRetention.Due::code)
                .contains("TB-RET-015");
        nightly();
        assertThat(booking()).containsEntry("phone", "+4915112340005").containsEntry("topic", "Kita-Platz");

        clock.setCityTime(justAfter(JAN_2025, 31));
        nightly();
        assertThat(booking()).containsEntry("phone", null).containsEntry("email", null).containsEntry("topic", null)
                .containsEntry("status", "CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_link WHERE booking_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aWaitingListEntryIsDeletedAMonthAfterItWasMadeEvenForADayFarAhead() {
        clock.setCityTime(JAN_2025);
        jdbc.update("""
                INSERT INTO waitlist_entry (location_id, wanted_on, email, contact_language, page_language, status,
                  created_at) VALUES (1, '2025-04-01', 'warte@example.org', 'tr', 'tr', 'WAITING', ?)""",
                at(JAN_2025));
        Supplier<Integer> entries = () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM waitlist_entry WHERE email = 'warte@example.org'", Integer.class);

        clock.setCityTime(justBefore(JAN_2025, 30));
        assertThat(bookingRetention.dueWithin(Duration.ofDays(14))).anyMatch(BookingRetention.Due::waitlist);
        nightly();
        assertThat(entries.get()).isEqualTo(1);

        clock.setCityTime(justAfter(JAN_2025, 30));
        assertThat(bookingRetention.forgetDue().waitlist()).isGreaterThanOrEqualTo(1);
        assertThat(entries.get()).isZero();
    }

    @Test
    void anUndeliveredMailAndAnOutboxEntryNeverDeliveredAreDeletedAMonthAfterTheyWereGivenUpOn() {
        clock.setCityTime(JAN_2025);
        jdbc.update("""
                INSERT INTO mail_parked (mail_key, kind, listener_id, event_type, serialized_event, attempts,
                  first_tried_at, parked_at)
                VALUES ('test-retention:15', 'REPLY', 'test.listener', 'test.Event', '{"requestId":15}', 8, ?, ?)""",
                at(JAN_2025.minusHours(2)), at(JAN_2025));
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                  status, completion_attempts)
                VALUES ('0f0f0f0f-1515-4015-8015-000000000015', 'test.listener', 'test.Event', '{"mail":"x@example.org"}',
                  ?, 'FAILED', 3)""", at(JAN_2025));
        Supplier<List<Integer>> rows = () -> List.of(
                jdbc.queryForObject("SELECT COUNT(*) FROM mail_parked WHERE mail_key = 'test-retention:15'",
                        Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE id = "
                        + "'0f0f0f0f-1515-4015-8015-000000000015'", Integer.class));

        clock.setCityTime(justBefore(JAN_2025, 30));
        assertThat(mailRetention.dueWithin(Duration.ofDays(14))).extracting(MailRetention.Due::forgetAt)
                .contains(JAN_2025.plusDays(30).atZone(TestClock.CITY).toInstant());
        nightly();
        assertThat(rows.get()).containsExactly(1, 1);

        clock.setCityTime(justAfter(JAN_2025, 30));
        nightly();
        assertThat(rows.get()).containsExactly(0, 0);
    }

    @Test
    void aNameTypedIntoAFailedLoginGoesAfterAMonthAndTheAuditTrailAfterTwoYears() {
        LocalDateTime then = LocalDateTime.of(2023, 1, 10, 9, 0);
        clock.setCityTime(then);
        audit.recordAs("meinPasswort15!", AuditAction.LOGIN_FAILED, null, null, "BadCredentialsException");
        audit.recordAs("sozial", AuditAction.LOGIN, null, null, null);
        Supplier<List<Map<String, Object>>> entries = () -> jdbc.queryForList(
                "SELECT actor, action FROM audit_entry WHERE happened_at = ? ORDER BY id", at(then));

        clock.setCityTime(justBefore(then, 30));
        nightly();
        assertThat(entries.get()).extracting(entry -> entry.get("actor")).containsExactly("meinPasswort15!", "sozial");

        clock.setCityTime(justAfter(then, 30));
        assertThat(auditRetention.forgetDue().names()).isGreaterThanOrEqualTo(1);
        assertThat(entries.get()).extracting(entry -> entry.get("actor"))
                .as("the typed name is gone, the successful login keeps its name").containsExactly("-", "sozial");

        clock.setCityTime(justBefore(then, 730));
        nightly();
        assertThat(entries.get()).hasSize(2);

        clock.setCityTime(justAfter(then, 730));
        assertThat(auditRetention.forgetDue().entries()).isGreaterThanOrEqualTo(2);
        assertThat(entries.get()).isEmpty();

        clock.setCityTime(then.minusDays(1));
        audit.recordAs("anderesPasswort15", AuditAction.LOGIN_FAILED, null, null, null);
        assertThatThrownBy(() -> jdbc.update(
                "UPDATE audit_entry SET actor = '-' WHERE actor = 'anderesPasswort15'"))
                .as("the database still refuses it to anyone else").hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE actor = 'anderesPasswort15'"))
                .hasMessageContaining("never deleted");
    }

    @Test
    void everyRetentionJobRunsUnderItsShedLockEveryNight() throws Exception {
        clock.setCityTime(JAN_2025);
        nightly();
        assertThat(jdbc.queryForList("SELECT name FROM shedlock", String.class))
                .contains("request-retention", "booking-retention", "mail-retention", "audit-retention");
    }

    /**
     * Runs the nightly jobs as the scheduler does: through their Spring proxies, so under ShedLock (which refuses a
     * method with a primitive result: the job would silently never run).
     */
    private void nightly() {
        for (String job : JOBS) {
            try {
                Object bean = context.getBean(Class.forName(job));
                Method run = Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(SchedulerLock.class)
                                && method.isAnnotationPresent(Scheduled.class)).findFirst().orElseThrow();
                assertThat(run.getReturnType()).isEqualTo(void.class);
                run.setAccessible(true);
                run.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(job, e);
            }
        }
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

    private Map<String, Object> booking() {
        return jdbc.queryForMap("SELECT phone, email, topic, status FROM booking WHERE booking_code = 'TB-RET-015'");
    }

    /** An hour before {@code days} of 24 hours have passed since {@code start} (summer time shifts the city's hours). */
    private static LocalDateTime justBefore(LocalDateTime start, int days) {
        return LocalDateTime.ofInstant(start.atZone(TestClock.CITY).toInstant().plus(Duration.ofDays(days))
                .minus(HOUR), TestClock.CITY);
    }

    private static LocalDateTime justAfter(LocalDateTime start, int days) {
        return LocalDateTime.ofInstant(start.atZone(TestClock.CITY).toInstant().plus(Duration.ofDays(days))
                .plus(HOUR), TestClock.CITY);
    }

    private static Timestamp at(LocalDateTime cityTime) {
        return Timestamp.from(cityTime.atZone(TestClock.CITY).toInstant());
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
