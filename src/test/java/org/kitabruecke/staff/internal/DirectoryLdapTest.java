package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Test;
import org.kitabruecke.staff.CityDirectory;
import org.kitabruecke.staff.StaffRole;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * The directory as configured in other ways than the sign-in tests do: entries found by a search filter (as for
 * Active Directory, also the userPrincipalName style of a name plus a fixed domain), and a directory that is down.
 * Against the real in-memory LDAP server, without Spring.
 */
class DirectoryLdapTest {

    @Test
    void aSearchFilterWithAFixedDomainFindsTheEntryAsTheUserPrincipalNameStyleDoes() throws Exception {
        var directory = new DirectoryLdap(settings(CityDirectory.url(), "", "(mail={0}@jugendamt.ruhrstadt.example)"));

        DirectoryPerson person = directory.signIn("a.yilmaz", CityDirectory.PASSWORD);

        assertThat(person.displayName()).isEqualTo("Aylin Yılmaz");
        assertThat(person.email()).isEqualTo("a.yilmaz@jugendamt.ruhrstadt.example");
        assertThat(person.groups()).containsExactly(new LdapName(CityDirectory.SOCIAL_WORKERS.toUpperCase()));
        assertThat(roles().of(person.groups())).contains(StaffRole.SOCIAL_WORKER);
    }

    @Test
    void aSearchFilterCannotBeWidenedByWhatIsTyped() {
        var directory = new DirectoryLdap(settings(CityDirectory.url(), "", "(uid={0})"));

        assertThatThrownBy(() -> directory.signIn("*", CityDirectory.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> directory.signIn("a.yilmaz)(uid=*", CityDirectory.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDirectoryThatIsDownFailsTheSignInQuicklyAndSaysSoInTheLog() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var directory = new DirectoryLdap(settings("ldap://127.0.0.1:" + closed, "uid={0},ou=people", ""));

        long start = System.nanoTime();
        assertThatThrownBy(() -> directory.signIn("a.yilmaz", CityDirectory.PASSWORD))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    private static DirectoryLdapSettings settings(String url, String pattern, String filter) {
        return new DirectoryLdapSettings(url, CityDirectory.BASE, pattern, "ou=people", filter, "ou=groups",
                "(member={0})", "", "", roles(), "", Duration.ofSeconds(5));
    }

    private static DirectoryLdapSettings.Roles roles() {
        return new DirectoryLdapSettings.Roles(CityDirectory.SOCIAL_WORKERS, CityDirectory.KITA_STAFF,
                CityDirectory.ADMINS);
    }
}
