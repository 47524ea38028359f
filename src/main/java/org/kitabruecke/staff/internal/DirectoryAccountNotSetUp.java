package org.kitabruecke.staff.internal;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The directory accepted the password, but the portal has nothing for this person to do yet: no group of the
 * directory maps to a role, or a Kita account has no Kita (neither from the directory nor set by an admin). The
 * login page says so instead of "wrong password"; an account status, so no other way of signing in is tried.
 */
public class DirectoryAccountNotSetUp extends AccountStatusException {

    DirectoryAccountNotSetUp(String why) {
        super(why);
    }
}
