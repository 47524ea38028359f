package org.kitabruecke.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StaffLoginTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void demoAccountsLogInWithTheirRoleAndTheDocumentedPassword() {
        assertThat(users.loadUserByUsername("sozial").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SOCIAL_WORKER");
        assertThat(users.loadUserByUsername("kita").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_KITA_STAFF");
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");
        assertThat(passwords.matches("kitabruecke-demo", users.loadUserByUsername("sozial").getPassword())).isTrue();
        assertThat(passwords.matches("wrong", users.loadUserByUsername("sozial").getPassword())).isFalse();
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }
}
