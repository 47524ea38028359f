package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.staff.LinkState;
import org.kitabruecke.staff.PasswordLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start option for the first admin, run against MariaDB. Each test runs in a transaction that is rolled back:
 * it deactivates the demo admins to stand for a fresh production database.
 */
@IntegrationTest
@Transactional
class FirstAdminTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    PasswordLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAnAdminItCreatesExactlyOneAndPrintsAWorkingLinkOnce() {
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE role = 'ADMIN'");
        var console = new ByteArrayOutputStream();

        assertThat(firstAdmin.create("stadt-admin", "it@ruhrstadt.example", print(console))).isTrue();

        String printed = console.toString(StandardCharsets.UTF_8);
        Matcher link = LINK.matcher(printed);
        assertThat(link.find()).as(printed).isTrue();
        assertThat(link.find()).as("printed once").isFalse();
        assertThat(links.state(tokenIn(printed))).isEqualTo(LinkState.VALID);
        assertThat(jdbc.queryForList("SELECT username FROM staff_account WHERE role = 'ADMIN' AND enabled",
                String.class)).containsExactly("stadt-admin");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = 'stadt-admin'",
                String.class)).as("nothing default or guessable").isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT detail FROM audit_entry WHERE action = 'ACCOUNT' AND actor = 'system'
                ORDER BY id DESC LIMIT 1""", String.class)).startsWith("FIRST_ADMIN stadt-admin")
                .doesNotContain(tokenIn(printed));
    }

    @Test
    void runAgainBeforeThePasswordWasSetItGivesANewLinkAndTheOldOneStops() {
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE role = 'ADMIN'");
        var first = new ByteArrayOutputStream();
        firstAdmin.create("stadt-admin", "it@ruhrstadt.example", print(first));
        var second = new ByteArrayOutputStream();

        assertThat(firstAdmin.create("stadt-admin", "it@ruhrstadt.example", print(second))).isTrue();

        assertThat(links.state(tokenIn(first.toString(StandardCharsets.UTF_8)))).isEqualTo(LinkState.EXPIRED);
        assertThat(links.state(tokenIn(second.toString(StandardCharsets.UTF_8)))).isEqualTo(LinkState.VALID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username = 'stadt-admin'",
                Integer.class)).isOne();
    }

    @Test
    void withAnActiveAdminItDoesNothingAndSaysSo() {
        var console = new ByteArrayOutputStream();

        assertThat(firstAdmin.create("stadt-admin", "it@ruhrstadt.example", print(console))).isFalse();

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("an active admin exists already")
                .doesNotContain("set-password");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username = 'stadt-admin'",
                Integer.class)).isZero();
    }

    @Test
    void aNameOfAnotherAccountOrAMissingAddressCreatesNothing() {
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE role = 'ADMIN'");
        var console = new ByteArrayOutputStream();
        assertThat(firstAdmin.create("sozial", "it@ruhrstadt.example", print(console))).isFalse();
        assertThat(firstAdmin.create("stadt-admin", "", print(console))).isFalse();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("belongs to another account")
                .contains("valid e-mail address").doesNotContain("set-password");
    }

    private static PrintStream print(ByteArrayOutputStream console) {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private static String tokenIn(String printed) {
        Matcher link = LINK.matcher(printed);
        assertThat(link.find()).as(printed).isTrue();
        return link.group(1);
    }
}
