package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.booking.BookingRetention;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditEntry;
import org.kitabruecke.privacy.AuditQuery;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.ClosedReason;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestRetention;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.statistics.ActivityCategory;
import org.kitabruecke.statistics.ActivityLog;
import org.kitabruecke.statistics.Figures;
import org.kitabruecke.statistics.Quarter;
import org.kitabruecke.statistics.QuarterlyFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Accountable and forgetful (#7) on MariaDB: activities are counted apart from case data, requests are forgotten on
 * schedule while the quarter's figures stay, the audit trail shows who read what and can never be changed.
 */
@IntegrationTest
class AccountabilityTest {

    /** A quarter no other test writes into. */
    static final Quarter QUARTER = new Quarter(2026, 3);

    @Autowired
    HelpRequests requests;

    @Autowired
    Casework casework;

    @Autowired
    ActivityLog log;

    @Autowired
    QuarterlyFigures figures;

    @Autowired
    RequestRetention requestRetention;

    @Autowired
    BookingRetention bookingRetention;

    @Autowired
    AuditTrail audit;

    @Autowired
    BookingDesk desk;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
    }

    @Test
    @WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
    void aClosedRequestIsForgottenOnScheduleWhileItsQuarterKeepsItsFiguresAndTheTrailItsReads() {
        clock.setCityTime(LocalDateTime.of(2026, 7, 10, 9, 0));
        log.log(ActivityCategory.PHONE_COUNSELLING, 1L, Topic.MONEY, null);
        log.log(ActivityCategory.KITA_COUNSELLING, 1L, null, 2L);
        Receipt receipt = requests.submit(aRequest().about(Topic.MONEY, Topic.CRISIS).urgency(Urgency.SOON)
                .district(5L).phone("+4915112349901").email("alt@example.org").language("tr").callTimes("abends")
                .noVoicemail().freeText("Wir haben Mietschulden.").build());
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> figures.of(QUARTER).byCategory()
                .getOrDefault(ActivityCategory.REQUEST_RECEIVED.name(), 0) >= 1);
        casework.addNote(id, "Rückruf vereinbart");
        clock.setCityTime(LocalDateTime.of(2026, 7, 20, 9, 0));
        casework.moveTo(id, casework.details(id).version(), RequestStatus.CLOSED, ClosedReason.HELPED);
        Figures before = figures.of(QUARTER);

        clock.setCityTime(LocalDateTime.of(2027, 1, 10, 3, 15));
        requestRetention.forgetDue();
        assertThat(personalData(id)).as("not yet: closed less than 182 days ago").containsEntry("phone",
                "+4915112349901");

        clock.setCityTime(LocalDateTime.of(2027, 1, 20, 3, 15));
        RequestRetention.Forgotten forgotten = requestRetention.forgetDue();

        assertThat(forgotten.closed()).isGreaterThanOrEqualTo(1);
        assertThat(personalData(id)).containsEntry("phone", null).containsEntry("email", null)
                .containsEntry("free_text", null).containsEntry("call_times", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM help_request_note WHERE help_request_id = ?",
                Integer.class, id)).isZero();
        assertThat(figures.of(QUARTER)).as("the quarter's figures stay").isEqualTo(before);
        assertThat(before.byTopic()).containsEntry("MONEY", 2).containsEntry("CRISIS", 1);
        assertThat(before.byCategory()).containsEntry("PHONE_COUNSELLING", 1).containsEntry("KITA_COUNSELLING", 1);
        List<AuditEntry> trail = audit.search(new AuditQuery(null, id, null, null), 0, 50);
        assertThat(trail).extracting(AuditEntry::actor, AuditEntry::action)
                .contains(tuple("sozial", AuditAction.READ),
                        tuple("sozial", AuditAction.CHANGE),
                        tuple(AuditTrail.SYSTEM, AuditAction.ERASE));
        assertThat(trail).as("the trail names the record by id only, never the family's data")
                .extracting(AuditEntry::detail).noneMatch(detail -> detail != null
                        && (detail.contains("4915112349901") || detail.contains("alt@example.org")));
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void aBookingAttendedCountsByItselfInItsQuarter() {
        jdbc.update("""
                INSERT INTO booking (booking_code, location_id, starts_at, ends_at, status, phone, email,
                  contact_language, page_language, created_at)
                VALUES ('TB-CNT-001', 2, '2026-02-10 09:00:00', '2026-02-10 09:30:00', 'BOOKED', '+4915112349903',
                  NULL, 'uk', 'uk', NOW())""");
        long booking = jdbc.queryForObject("SELECT id FROM booking WHERE booking_code = 'TB-CNT-001'", Long.class);
        Quarter first = new Quarter(2026, 1);
        int before = figures.of(first).byCategory().getOrDefault("BOOKING_ATTENDED", 0);

        assertThat(desk.markAttendance(booking, true)).isTrue();
        assertThat(desk.markAttendance(booking, true)).as("marked twice, counted once").isTrue();

        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() ->
                figures.of(first).byCategory().getOrDefault("BOOKING_ATTENDED", 0) == before + 1);
        assertThat(figures.of(first).byLanguage()).containsKey("uk");
        assertThat(figures.of(first).byDistrict()).containsKey("2");
    }

    @Test
    void aBookingsContactsAreForgottenAMonthAfterTheAppointment() {
        clock.setCityTime(LocalDateTime.of(2026, 8, 1, 9, 0));
        jdbc.update("""
                INSERT INTO booking (booking_code, location_id, starts_at, ends_at, status, phone, email,
                  contact_language, page_language, created_at)
                VALUES ('TB-RET-001', 1, '2026-08-03 09:00:00', '2026-08-03 09:30:00', 'ATTENDED', '+4915112349902',
                  NULL, 'de', 'de', NOW())""");
        clock.setCityTime(LocalDateTime.of(2026, 9, 1, 9, 0));
        bookingRetention.forgetDue();
        assertThat(jdbc.queryForObject("SELECT phone FROM booking WHERE booking_code = 'TB-RET-001'", String.class))
                .as("29 days after").isNotNull();

        clock.setCityTime(LocalDateTime.of(2026, 9, 3, 9, 0));
        bookingRetention.forgetDue();
        assertThat(jdbc.queryForMap("SELECT phone, email, status FROM booking WHERE booking_code = 'TB-RET-001'"))
                .containsEntry("phone", null).containsEntry("email", null).containsEntry("status", "ATTENDED");
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void theExportOpensWithUmlautsInSpreadsheetsAndSuppressesSmallCounts() {
        clock.setCityTime(LocalDateTime.of(2026, 4, 15, 10, 0));
        for (int i = 0; i < 6; i++) {
            log.log(ActivityCategory.FAMILY_SESSION, 6L, Topic.HEALTH, null);
        }
        log.log(ActivityCategory.NETWORK_WORK, 6L, null, null);
        byte[] csv = figures.csv(new Quarter(2026, 2), QuarterlyFigures.labels(
                List.of("Merkmal", "Wert", "2026 Q2", "2026 Q1"), dimension -> dimension,
                (dimension, key) -> "district".equals(dimension) ? "Südwest" : key));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("category;FAMILY_SESSION;6;0\r\n", "category;NETWORK_WORK;<5;0\r\n",
                "district;Südwest;7;0\r\n");
    }

    @Test
    void noCodeChangesOrDeletesAuditEntriesAndTheDatabaseRefusesItToo() throws Exception {
        audit.recordAs("test", AuditAction.LOGIN, null, null, null);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'someone else'"))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry")).hasMessageContaining("never deleted");
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            List<String> writers = sources.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
                    .filter(file -> {
                        try {
                            String code = Files.readString(file).replaceAll("\\s+", " ").toUpperCase();
                            return code.contains("UPDATE AUDIT_ENTRY") || code.contains("DELETE FROM AUDIT_ENTRY")
                                    || code.contains("TRUNCATE AUDIT_ENTRY");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
            // the one exception: the trail's own retention (decision 0015, its SQL in AuditRetentionRecords), which the
            // triggers let through only for what it declares on its own connection (see RetentionForEveryRecordTest)
            assertThat(writers).as("code paths that change or delete audit entries")
                    .containsExactly(Path.of("src/main/java/org/kitabruecke/privacy/internal/AuditRetentionRecords.java")
                            .toString());
        }
    }

    private Map<String, Object> personalData(long id) {
        return jdbc.queryForMap("SELECT phone, email, free_text, call_times FROM help_request WHERE id = ?", id);
    }
}
