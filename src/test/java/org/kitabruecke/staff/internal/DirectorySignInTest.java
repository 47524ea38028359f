package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.staff.CityDirectory;
import org.kitabruecke.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in through the city's directory, against a real LDAP server (UnboundID in memory, {@link CityDirectory}),
 * through the portal's whole security filter chain as the login form posts to it: the same lockout, audit and
 * landing pages as a local login. Each test uses a directory user of its own: the rows stay.
 */
@IntegrationTest
class DirectorySignInTest {

    private static final String ADDRESS = "127.0.1.21";
    /** What Spring Security adds to every password sign-in, local or through the directory. */
    private static final String PASSWORD_FACTOR = "FACTOR_PASSWORD";

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        CityDirectory.register(registry);
    }

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSocialWorkerOfTheDirectorySignsInWithTheMappedRoleAndGetsAnAccountOfHerOwn() throws Exception {
        long before = lastAudit();
        var login = logIn("a.yilmaz", CityDirectory.PASSWORD);

        assertThat(login.landing()).isEqualTo("/staff");
        assertThat(login.signedIn().getName()).isEqualTo("a.yilmaz");
        assertThat(login.roles()).containsExactlyInAnyOrder("ROLE_SOCIAL_WORKER", PASSWORD_FACTOR);
        assertThat(row("a.yilmaz")).containsEntry("origin", "LDAP").containsEntry("role", "SOCIAL_WORKER")
                .containsEntry("display_name", "Aylin Yılmaz").containsEntry("password_hash", "")
                .containsEntry("email", "a.yilmaz@jugendamt.ruhrstadt.example");
        assertThat(audit(before)).contains("a.yilmaz LOGIN null",
                "a.yilmaz CHANGE created from directory: role SOCIAL_WORKER");
    }

    @Test
    void aFirstSignInTwiceAtOnceSignsInBothAndMakesOneAccount() throws Exception {
        int tries = 6;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(tries);
        try {
            var logins = new ArrayList<Future<Login>>();
            for (int i = 0; i < tries; i++) {
                logins.add(pool.submit(() -> {
                    start.await();
                    return logIn("l.koch", CityDirectory.PASSWORD);
                }));
            }
            start.countDown();
            for (var login : logins) {
                // two tabs (or two nodes) at the very first sign-in: neither may see "directory not reachable"
                assertThat(login.get(30, TimeUnit.SECONDS).failure()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("l.koch")).isEqualTo(1);
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAsAnyWrongPasswordAndLeavesNoAccount() throws Exception {
        long before = lastAudit();
        var login = logIn("i.sommer", "falsch");

        assertThat(login.landing()).isEqualTo("/login?error");
        assertThat(login.signedIn()).isNull();
        assertThat(login.failure()).isNotInstanceOf(DirectoryAccountNotSetUp.class);
        assertThat(rows("i.sommer")).isZero();
        assertThat(audit(before)).singleElement().asString().contains("LOGIN_FAILED BadCredentialsException")
                .doesNotContain("sommer");
    }

    @Test
    void anEmptyPasswordIsRefusedThoughADirectoryMightTakeItAsAnAnonymousBind() throws Exception {
        assertThat(logIn("i.sommer", "").landing()).isEqualTo("/login?error");
        assertThat(rows("i.sommer")).isZero();
    }

    @Test
    void kitaStaffActForTheKitaTheirDirectoryEntryNames() throws Exception {
        var login = logIn("b.kowalski", CityDirectory.PASSWORD);

        assertThat(login.landing()).isEqualTo("/kita");
        assertThat(login.roles()).containsExactlyInAnyOrder("ROLE_KITA_STAFF", PASSWORD_FACTOR);
        assertThat(row("b.kowalski")).containsEntry("kita_id", 7L).containsEntry("display_name", "Beata Kowalski");
    }

    @Test
    void aKitaAccountWithoutKitaIsKeptForTheAdminAndRefusedWithAClearReasonUntilItHasOne() throws Exception {
        var first = logIn("c.nguyen", CityDirectory.PASSWORD);

        assertThat(first.landing()).isEqualTo("/login?error");
        assertThat(first.failure()).isInstanceOf(DirectoryAccountNotSetUp.class);
        assertThat(row("c.nguyen")).containsEntry("role", "KITA_STAFF").containsEntry("kita_id", null);

        jdbc.update("UPDATE staff_account SET kita_id = 3 WHERE username = 'c.nguyen'");
        var second = logIn("c.nguyen", CityDirectory.PASSWORD);

        assertThat(second.landing()).isEqualTo("/kita");
        assertThat(row("c.nguyen")).as("the admin's Kita stays while the directory names none")
                .containsEntry("kita_id", 3L);
    }

    @Test
    void aDirectoryUserInNoGroupOfAPortalRoleIsRefusedWithAClearReasonAndGetsNoAccount() throws Exception {
        long before = lastAudit();
        var login = logIn("d.weber", CityDirectory.PASSWORD);

        assertThat(login.landing()).isEqualTo("/login?error");
        assertThat(login.failure()).isInstanceOf(DirectoryAccountNotSetUp.class);
        assertThat(rows("d.weber")).isZero();
        assertThat(audit(before)).singleElement().asString().endsWith("LOGIN_FAILED DirectoryAccountNotSetUp");
    }

    @Test
    void aDeactivatedAccountStaysRefusedThoughTheDirectoryAcceptsThePassword() throws Exception {
        assertThat(logIn("e.schulz", CityDirectory.PASSWORD).landing()).isEqualTo("/staff");
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE username = 'e.schulz'");

        var login = logIn("e.schulz", CityDirectory.PASSWORD);

        assertThat(login.landing()).isEqualTo("/login?error");
        assertThat(login.signedIn()).isNull();
        assertThat(login.failure()).isInstanceOf(DisabledException.class);
        assertThat(row("e.schulz")).containsEntry("enabled", false);
    }

    @Test
    void theAccountFollowsTheDirectoryAtEverySignIn() throws Exception {
        assertThat(logIn("f.berger", CityDirectory.PASSWORD).roles())
                .containsExactlyInAnyOrder("ROLE_SOCIAL_WORKER", PASSWORD_FACTOR);
        long id = (Long) row("f.berger").get("id");
        CityDirectory.moveUser("f.berger", CityDirectory.SOCIAL_WORKERS, CityDirectory.ADMINS);
        CityDirectory.change("f.berger", "displayName", "Frieda Berger-Lang");
        CityDirectory.change("f.berger", "mail", "f.berger-lang@jugendamt.ruhrstadt.example");
        long before = lastAudit();

        var second = logIn("F.Berger", CityDirectory.PASSWORD);

        assertThat(second.signedIn().getName()).isEqualTo("f.berger");
        assertThat(second.roles()).containsExactlyInAnyOrder("ROLE_ADMIN", PASSWORD_FACTOR);
        assertThat(row("f.berger")).containsEntry("id", id).containsEntry("role", "ADMIN")
                .containsEntry("display_name", "Frieda Berger-Lang")
                .containsEntry("email", "f.berger-lang@jugendamt.ruhrstadt.example");
        assertThat(audit(before)).contains("f.berger CHANGE changed by directory: role ADMIN");
    }

    @Test
    void aDirectoryUserNamedLikeALocalAccountCannotSignInAsIt() throws Exception {
        var directory = logIn("sozial", CityDirectory.PASSWORD);
        assertThat(directory.landing()).isEqualTo("/login?error");
        assertThat(directory.signedIn()).isNull();

        var local = logIn("sozial", "kitabruecke-demo");
        assertThat(local.landing()).isEqualTo("/staff");
        assertThat(local.roles()).as("the same as a directory sign-in's")
                .containsExactlyInAnyOrder("ROLE_" + StaffRole.SOCIAL_WORKER.name(), PASSWORD_FACTOR);
        assertThat(row("sozial")).containsEntry("origin", "LOCAL").containsEntry("display_name", "Anna Beispiel");
    }

    @Test
    void wrongDirectoryPasswordsLockTheNameAsTheyDoALocalOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(logIn("h.wolf", "falsch-" + i).landing()).isEqualTo("/login?error");
        }
        var login = logIn("h.wolf", CityDirectory.PASSWORD);

        assertThat(login.landing()).isEqualTo("/login?locked");
        assertThat(login.signedIn()).isNull();
        assertThat(rows("h.wolf")).isZero();
    }

    /** What the browser is left with after posting the login form. */
    private record Login(MockHttpServletResponse response, MockHttpSession session) {

        String landing() {
            return response.getRedirectedUrl();
        }

        Authentication signedIn() {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context ? context.getAuthentication() : null;
        }

        java.util.List<String> roles() {
            return signedIn().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        }

        Object failure() {
            return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
    }

    /** Opens the login page (for the session's CSRF token), then posts the form, both through the security chain. */
    private Login logIn(String username, String password) throws Exception {
        var session = new MockHttpSession(context.getServletContext());
        var page = request("GET", session);
        security.doFilter(page, new MockHttpServletResponse(), new MockFilterChain());
        CsrfToken token = (CsrfToken) page.getAttribute(CsrfToken.class.getName());

        var form = request("POST", session);
        form.setParameter("username", username);
        form.setParameter("password", password);
        if (token != null) {
            form.setParameter(token.getParameterName(), token.getToken());
        }
        var response = new MockHttpServletResponse();
        security.doFilter(form, response, new MockFilterChain());
        return new Login(response, (MockHttpSession) form.getSession());
    }

    private MockHttpServletRequest request(String method, MockHttpSession session) {
        var request = new MockHttpServletRequest(context.getServletContext(), method, "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(ADDRESS);
        request.setSession(session);
        return request;
    }

    private Map<String, Object> row(String username) {
        return jdbc.queryForMap("SELECT id, username, password_hash, display_name, role, kita_id, enabled, origin, "
                + "email FROM staff_account WHERE username = ?", username);
    }

    private int rows(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username = ?", Integer.class, username);
    }

    private long lastAudit() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    }

    private java.util.List<String> audit(long after) {
        return jdbc.queryForList("SELECT CONCAT(actor, ' ', action, ' ', COALESCE(detail, 'null')) FROM audit_entry "
                + "WHERE id > ? ORDER BY id", String.class, after);
    }
}
