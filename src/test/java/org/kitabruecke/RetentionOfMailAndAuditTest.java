package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kitabruecke.notification.MailRetention;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditRetention;
import org.kitabruecke.privacy.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Undelivered mail, outbox entries never delivered and the audit trail have a maximum life too (decision 0015;
 * requests in {@link RetentionForEveryRecordTest}), and every retention job runs under its lock.
 */
@IntegrationTest
@CityTime(NightlyRetention.JANUARY_2025)
@WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
class RetentionOfMailAndAuditTest extends NightlyRetention {

    @Autowired
    MailRetention mailRetention;

    @Autowired
    AuditRetention auditRetention;

    @Autowired
    AuditTrail audit;

    @Test
    void anUndeliveredMailAndAnOutboxEntryNeverDeliveredAreDeletedAMonthAfterTheyWereGivenUpOn() {
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
        nightly();
        assertThat(jdbc.queryForList("SELECT name FROM shedlock", String.class))
                .contains("request-retention", "booking-retention", "mail-retention", "audit-retention");
    }
}
