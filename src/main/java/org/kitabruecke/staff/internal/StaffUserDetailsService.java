package org.kitabruecke.staff.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local staff accounts for login; the role becomes the single authority {@code ROLE_<role>}. A directory
 * account is not found here: its password is checked by the directory only ({@link DirectorySignIn}).
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username.trim())
                .filter(found -> found.origin() == StaffAccount.Origin.LOCAL)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
