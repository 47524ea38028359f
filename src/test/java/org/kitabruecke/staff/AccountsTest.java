package org.kitabruecke.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admins run accounts on MariaDB, and set-password links go out by mail through the outbox (GreenMail): single use,
 * expiring, replaced by a newer one, stored only as a hash; every change in the audit trail, never a token.
 */
@IntegrationTest
@WithMailbox
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountsTest {

    private static final Pattern TOKEN = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordLinks links;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private Mailbox mailbox;

    @AfterEach
    void realTime() {
        clock.followRealTime();
    }

    @Test
    void anAdminCreatesAnAccountWhoseOwnerSetsThePasswordOnceThroughTheMailedLink() throws Exception {
        String name = unique("anna");
        String email = name + "@jugendamt.ruhrstadt.example";
        long id = created(administration.create(new NewAccount(name, "Anna Neu", email, StaffRole.SOCIAL_WORKER,
                null)));
        assertThat(administration.list()).filteredOn(account -> account.id() == id).singleElement()
                .satisfies(account -> {
                    assertThat(account.active()).isTrue();
                    assertThat(account.passwordSet()).isFalse();
                });

        assertThat(administration.sendPasswordLink(id)).isEqualTo(new AccountResult.Done(id));
        String token = tokenOf(mailbox.awaitMails(email, 1).getLast());
        assertThat(jdbc.queryForList("SELECT token_hash FROM staff_password_link WHERE staff_account_id = ?",
                String.class, id)).singleElement().asString().hasSize(64).isNotEqualTo(token)
                .doesNotContain(token);

        assertThat(links.state(token)).isEqualTo(LinkState.VALID);
        assertThat(links.setPassword(token, "zu kurz", "zu kurz"))
                .isEqualTo(new PasswordResult.Refused(PasswordProblem.TOO_SHORT));
        assertThat(links.setPassword(token, "Gartenzaun im Regen", "Gartenzaun im Regem"))
                .isEqualTo(new PasswordResult.Refused(PasswordProblem.NOT_REPEATED));
        assertThat(links.state(token)).as("a refused password does not use the link").isEqualTo(LinkState.VALID);
        assertThat(links.setPassword(token, "Gartenzaun im Regen", "Gartenzaun im Regen"))
                .isEqualTo(new PasswordResult.Done(name));

        assertThat(encoder.matches("Gartenzaun im Regen", users.loadUserByUsername(name).getPassword())).isTrue();
        assertThat(links.state(token)).isEqualTo(LinkState.USED);
        assertThat(links.setPassword(token, "ein anderes Passwort", "ein anderes Passwort"))
                .isEqualTo(new PasswordResult.LinkNotValid(LinkState.USED));
        assertThat(links.state("no-such-token")).isEqualTo(LinkState.UNKNOWN);

        List<Map<String, Object>> trail = jdbc.queryForList("""
                SELECT actor, detail FROM audit_entry WHERE action = 'ACCOUNT' AND record_type = 'staff_account'
                AND record_id = ? ORDER BY id""", id);
        assertThat(trail).extracting(row -> row.get("actor")).containsExactly("admin", "admin", name);
        assertThat(trail).extracting(row -> String.valueOf(row.get("detail")))
                .satisfiesExactly(detail -> assertThat(detail).startsWith("CREATED " + name),
                        detail -> assertThat(detail).startsWith("LINK_SENT " + name),
                        detail -> assertThat(detail).startsWith("PASSWORD_SET " + name))
                .allSatisfy(detail -> assertThat(detail).doesNotContain(token).doesNotContain("Gartenzaun"));
    }

    @Test
    void aNewLinkRevokesTheOlderOne() throws Exception {
        String name = unique("kai");
        String email = name + "@kita-regenbogen.ruhrstadt.example";
        long id = created(administration.create(new NewAccount(name, "Kai Kita", email, StaffRole.KITA_STAFF, 1L)));
        administration.sendPasswordLink(id);
        String first = tokenOf(mailbox.awaitMails(email, 1).getLast());
        administration.sendPasswordLink(id);
        String second = tokenOf(mailbox.awaitMails(email, 2).getLast());

        assertThat(second).isNotEqualTo(first);
        assertThat(links.state(first)).isEqualTo(LinkState.EXPIRED);
        assertThat(links.setPassword(first, "Sonnenblume am Zaun", "Sonnenblume am Zaun"))
                .isEqualTo(new PasswordResult.LinkNotValid(LinkState.EXPIRED));
        assertThat(links.state(second)).isEqualTo(LinkState.VALID);
    }

    @Test
    void aLinkStopsWorkingAfterItsTime() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        String name = unique("lea");
        String email = name + "@jugendamt.ruhrstadt.example";
        long id = created(administration.create(new NewAccount(name, "Lea Lang", email, StaffRole.SOCIAL_WORKER,
                null)));
        administration.sendPasswordLink(id);
        var mail = mailbox.awaitMails(email, 1).getLast();
        String token = tokenOf(mail);
        assertThat(Mailbox.text(mail)).contains("3. Dezember 2026");

        clock.setCityTime(LocalDateTime.of(2026, 12, 3, 8, 59));
        assertThat(links.state(token)).isEqualTo(LinkState.VALID);
        clock.setCityTime(LocalDateTime.of(2026, 12, 3, 9, 0));
        assertThat(links.state(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(links.setPassword(token, "Sonnenblume am Zaun", "Sonnenblume am Zaun"))
                .isEqualTo(new PasswordResult.LinkNotValid(LinkState.EXPIRED));
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsLinkStopsWorkingUntilReactivated() throws Exception {
        String name = unique("tom");
        String email = name + "@jugendamt.ruhrstadt.example";
        long id = created(administration.create(new NewAccount(name, "Tom Test", email, StaffRole.SOCIAL_WORKER,
                null)));
        administration.sendPasswordLink(id);
        String token = tokenOf(mailbox.awaitMails(email, 1).getLast());

        assertThat(administration.deactivate(id)).isEqualTo(new AccountResult.Done(id));
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        assertThat(links.state(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(administration.sendPasswordLink(id)).isEqualTo(new AccountResult.Refused(AccountProblem.INACTIVE));

        administration.reactivate(id);
        assertThat(users.loadUserByUsername(name).isEnabled()).isTrue();
        assertThat(links.state(token)).as("a deactivation revoked it for good").isEqualTo(LinkState.EXPIRED);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE action = 'ACCOUNT' AND record_id = ?"
                + " AND record_type = 'staff_account' ORDER BY id", String.class, id))
                .anySatisfy(detail -> assertThat(detail).startsWith("DEACTIVATED " + name))
                .anySatisfy(detail -> assertThat(detail).startsWith("REACTIVATED " + name));
    }

    @Test
    void anAdminCannotDemoteOrDeactivateThemselves() {
        long me = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = 'admin'", Long.class);
        assertThat(administration.changeRole(me, StaffRole.SOCIAL_WORKER, null))
                .isEqualTo(new AccountResult.Refused(AccountProblem.OWN_ACCOUNT));
        assertThat(administration.deactivate(me)).isEqualTo(new AccountResult.Refused(AccountProblem.OWN_ACCOUNT));
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void twoAdminsTakingEachOthersRoleLeaveOneAdmin() {
        long first = created(administration.create(new NewAccount(unique("ada"), "Ada Admin",
                "ada@jugendamt.ruhrstadt.example", StaffRole.ADMIN, null)));
        String firstName = jdbc.queryForObject("SELECT username FROM staff_account WHERE id = ?", String.class, first);
        String secondName = unique("bea");
        long second = created(administration.create(new NewAccount(secondName, "Bea Admin",
                "bea@jugendamt.ruhrstadt.example", StaffRole.ADMIN, null)));

        actAs(firstName);
        assertThat(administration.changeRole(second, StaffRole.SOCIAL_WORKER, null))
                .isEqualTo(new AccountResult.Done(second));
        // the second admin's session still says ADMIN; the database no longer does
        actAs(secondName);
        assertThatThrownBy(() -> administration.changeRole(first, StaffRole.SOCIAL_WORKER, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.loadUserByUsername(firstName).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void noPasswordLinkGoesToADirectoryAccountWhosePasswordTheDirectoryChecks() {
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled, origin, email) "
                + "VALUES ('dir-link', '', 'Dora Verzeichnis', 'SOCIAL_WORKER', TRUE, 'LDAP', "
                + "'dir-link@jugendamt.ruhrstadt.example')");
        long id = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = 'dir-link'", Long.class);
        assertThatThrownBy(() -> administration.sendPasswordLink(id)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_password_link WHERE staff_account_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void whatAnAdminTypesIsCheckedAtTheField() {
        assertThat(administration.create(new NewAccount("a b", "Name", "x@ruhrstadt.example", StaffRole.ADMIN, null)))
                .isEqualTo(new AccountResult.Refused(AccountProblem.USERNAME_INVALID));
        assertThat(administration.create(new NewAccount("SÓZIAL", "Name", "x@ruhrstadt.example", StaffRole.ADMIN,
                null))).as("the database finds sozial").isEqualTo(new AccountResult.Refused(
                AccountProblem.USERNAME_TAKEN));
        assertThat(administration.create(new NewAccount(unique("x"), "Name", "kein-mail", StaffRole.ADMIN, null)))
                .isEqualTo(new AccountResult.Refused(AccountProblem.EMAIL_INVALID));
        assertThat(administration.create(new NewAccount(unique("x"), "Name", "x@ruhrstadt.example",
                StaffRole.KITA_STAFF, null))).isEqualTo(new AccountResult.Refused(AccountProblem.KITA_MISSING));
    }

    private static void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long created(AccountResult result) {
        assertThat(result).isInstanceOf(AccountResult.Done.class);
        return ((AccountResult.Done) result).accountId();
    }

    private static String tokenOf(jakarta.mail.internet.MimeMessage mail) throws Exception {
        Matcher matcher = TOKEN.matcher(Mailbox.text(mail));
        assertThat(matcher.find()).as("a set-password link in the mail").isTrue();
        return matcher.group(1);
    }
}
