package org.kitabruecke.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.AuthenticatorApp;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.staff.SecondFactors.CodeCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The second factor on the real MariaDB: enrolment, codes once only, the time window, recovery codes, reset. */
@IntegrationTest
@CityTime("2026-12-02T12:00")
class SecondFactorsTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);

    @Autowired
    SecondFactors factors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    String username;
    String address;

    @BeforeEach
    void newAccount() {
        int n = ACCOUNTS.incrementAndGet();
        username = "totp-test-" + n + "-" + System.nanoTime() % 100000;
        address = "198.51.100." + (n + 10);
        jdbc.update("""
                INSERT INTO staff_account (username, password_hash, display_name, role)
                VALUES (?, 'x', 'Zweiter Faktor Test', 'SOCIAL_WORKER')""", username);
    }

    @Test
    void aFactorIsStoredOnlyWhenTheFirstCodeIsRightAndGivesTenDifferentRecoveryCodes() {
        var enrolment = factors.startEnrolment(username);
        var app = new AuthenticatorApp(enrolment.secretText());
        assertThat(enrolment.qrCodeSvg()).startsWith("<svg").contains("<path d=\"M");

        assertThat(factors.confirmEnrolment(username, enrolment, "000000".equals(app.codeAt(clock.instant()))
                ? "111111" : "000000")).isEmpty();
        assertThat(factors.status(username).enrolled()).isFalse();

        List<String> codes = factors.confirmEnrolment(username, enrolment, app.codeAt(clock.instant())).orElseThrow();
        assertThat(codes).hasSize(10).matches(list -> new HashSet<>(list).size() == 10);
        assertThat(factors.status(username)).isEqualTo(new SecondFactors.Status(true, 10));
        assertThat(audited(AuditAction.FACTOR_ENROLLED)).containsExactly(username);
        assertThat(audited(AuditAction.RECOVERY_CODES_NEW)).containsExactly(username);
    }

    @Test
    void theSecretIsStoredSealedNotAsItsBytes() {
        var app = enrol();
        byte[] stored = jdbc.queryForObject("SELECT f.sealed_secret FROM staff_second_factor f JOIN staff_account a "
                + "ON a.id = f.account_id WHERE a.username = ?", byte[].class, username);
        assertThat(stored).hasSizeGreaterThan(app.secret().length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(app.secret(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aCodeIsAcceptedOnceOnlyAndTheFirstCodeOfTheEnrolmentNotAgain() {
        var app = enrol();
        assertThat(factors.check(username, app.codeAt(clock.instant()), address)).isInstanceOf(CodeCheck.Wrong.class);

        clock.setCityTime(NOON.plusSeconds(30));
        String code = app.codeAt(clock.instant());
        assertThat(factors.check(username, code, address)).isInstanceOf(CodeCheck.Accepted.class);
        assertThat(factors.check(username, code, address)).isInstanceOf(CodeCheck.Wrong.class);
    }

    @Test
    void theCodesOfTheStepBeforeAndAfterAreAcceptedButNotTwoStepsAway() {
        var app = enrol();
        clock.setCityTime(NOON.plusMinutes(10));
        Instant now = clock.instant();
        assertThat(factors.check(username, app.codeAt(now.minusSeconds(60)), address))
                .isInstanceOf(CodeCheck.Wrong.class);
        assertThat(factors.check(username, app.codeAt(now.minusSeconds(30)), address))
                .isInstanceOf(CodeCheck.Accepted.class);
        assertThat(factors.check(username, app.codeAt(now.plusSeconds(30)), address))
                .isInstanceOf(CodeCheck.Accepted.class);
        // after the step after was used, the step of now is one used already too
        assertThat(factors.check(username, app.codeAt(now), address)).isInstanceOf(CodeCheck.Wrong.class);
    }

    @Test
    void codesAreReadWithSpacesAndInArabicIndicDigits() {
        var app = enrol();
        clock.setCityTime(NOON.plusMinutes(1));
        String code = app.codeAt(clock.instant());
        String arabic = code.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0'))))
                .reduce("", String::concat);
        assertThat(factors.check(username, arabic.substring(0, 3) + " " + arabic.substring(3), address))
                .isInstanceOf(CodeCheck.Accepted.class);
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfACodeAndIsAudited() {
        enrol();
        List<String> codes = factors.newRecoveryCodes(username);
        assertThat(factors.check(username, codes.get(3).toLowerCase(java.util.Locale.ROOT), address))
                .isEqualTo(new CodeCheck.RecoveryCodeUsed(9));
        assertThat(factors.check(username, codes.get(3), address)).isInstanceOf(CodeCheck.Wrong.class);
        assertThat(factors.status(username).recoveryCodesLeft()).isEqualTo(9);
        assertThat(audited(AuditAction.RECOVERY_CODE_USED)).containsExactly(username);
    }

    @Test
    void newRecoveryCodesEndTheOldOnes() {
        List<String> first = enrolWithCodes();
        factors.newRecoveryCodes(username);
        assertThat(factors.check(username, first.getFirst(), address)).isInstanceOf(CodeCheck.Wrong.class);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        var app = enrol();
        clock.setCityTime(NOON.plusMinutes(2));
        String right = app.codeAt(clock.instant());
        String wrong = right.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThat(factors.check(username, wrong, address)).isInstanceOf(CodeCheck.Wrong.class);
        }
        assertThat(factors.check(username, right, address)).isInstanceOf(CodeCheck.Locked.class);
        assertThat(audited(AuditAction.LOGIN_FAILED)).hasSize(5);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminResetsALostFactorAndTheTrailSaysWhoDidItToWhom() {
        var app = enrol();
        factors.reset(username);
        assertThat(factors.status(username)).isEqualTo(new SecondFactors.Status(false, 0));
        clock.setCityTime(NOON.plusMinutes(3));
        assertThat(factors.check(username, app.codeAt(clock.instant()), address)).isInstanceOf(CodeCheck.Wrong.class);
        assertThat(jdbc.queryForList("SELECT CONCAT(actor, ' ', detail) FROM audit_entry WHERE action = ? "
                + "AND detail = ?", String.class, AuditAction.FACTOR_RESET.name(), username))
                .containsExactly("admin " + username);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aResetEndsTheSessionsOpenedWithTheLostFactor() {
        enrol();
        int before = generation();
        factors.reset(username);
        // a session begun with the lost phone must not outlive the reset; the next sign-in asks for a new factor
        assertThat(generation()).isGreaterThan(before);
    }

    private int generation() {
        return jdbc.queryForObject("SELECT sessions_generation FROM staff_account WHERE username = ?", Integer.class,
                username);
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void onlyAnAdminMayResetAFactor() {
        enrol();
        assertThatThrownBy(() -> factors.reset(username)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(factors.status(username).enrolled()).isTrue();
    }

    private AuthenticatorApp enrol() {
        var enrolment = factors.startEnrolment(username);
        var app = new AuthenticatorApp(enrolment.secretText());
        factors.confirmEnrolment(username, enrolment, app.codeAt(clock.instant())).orElseThrow();
        return app;
    }

    private List<String> enrolWithCodes() {
        var enrolment = factors.startEnrolment(username);
        var app = new AuthenticatorApp(enrolment.secretText());
        return factors.confirmEnrolment(username, enrolment, app.codeAt(clock.instant())).orElseThrow();
    }

    private List<String> audited(AuditAction action) {
        return jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = ? AND (detail = ? OR actor = ?)",
                String.class, action.name(), username, username);
    }
}
