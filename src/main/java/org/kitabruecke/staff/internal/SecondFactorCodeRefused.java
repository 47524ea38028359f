package org.kitabruecke.staff.internal;

import org.springframework.security.authentication.BadCredentialsException;

/** A wrong second-factor code: published as a failed login, so it counts toward the lockout and is audited. */
public class SecondFactorCodeRefused extends BadCredentialsException {

    public SecondFactorCodeRefused() {
        super("Wrong second-factor code");
    }
}
