package org.kitabruecke.staff.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Sign-in through the city's directory on the one login form, beside local accounts (docs/decisions/0021). Which
 * one checks the password is decided by the account's origin: a name of a local account is left to the local
 * password (this provider answers nothing, and the directory never sees that password); any other name is asked of
 * the directory. The result looks like a local login's: the account's username as principal name and the one
 * authority {@code ROLE_<role>} (with {@code FACTOR_PASSWORD}, as Spring Security adds it), so that what follows a password sign-in (second factor, lockout, audit) applies.
 *
 * <p>Deliberately not a Spring bean: an {@code AuthenticationProvider} bean would replace the local accounts'
 * provider in Spring Security's global configuration. The security configuration adds it to the login chain.
 */
final class DirectorySignIn implements AuthenticationProvider {

    /** The longest login name a staff account can have ({@code staff_account.username}). */
    private static final int NAME_MAX = 80;

    private final DirectoryLdap directory;
    private final DirectoryAccounts accounts;
    private final DirectoryLdapSettings.Roles roles;

    DirectorySignIn(DirectoryLdap directory, DirectoryAccounts accounts, DirectoryLdapSettings.Roles roles) {
        this.directory = directory;
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication login) {
        String name = login.getName().trim();
        if (accounts.isLocal(name)) {
            return null;
        }
        String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
        if (name.isEmpty() || name.length() > NAME_MAX || password.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        DirectoryPerson person = directory.signIn(name, password);
        StaffAccount account;
        try {
            account = accounts.signedIn(name, person, roles);
        } catch (DataIntegrityViolationException sameNameJustCreated) {
            // the first sign-in of one person twice at once (two tabs, two nodes): the other one created the row,
            // which this second try now finds and updates
            account = accounts.signedIn(name, person, roles);
        }
        var role = new SimpleGrantedAuthority("ROLE_" + account.role().name());
        var user = User.withUsername(account.username()).password("").authorities(role).build();
        // as Spring Security's own password sign-in: the role, and that a password was the factor
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(role, FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        result.setDetails(login.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
