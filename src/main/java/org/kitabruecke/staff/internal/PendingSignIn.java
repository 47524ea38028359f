package org.kitabruecke.staff.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * A session that gave the right password but not yet its code: kept in the HTTP session under {@link #ATTRIBUTE},
 * never as the session's authentication, so that nothing (views' roles, {@code StaffAccounts.current()}, menus)
 * can take it for signed in. {@code password} is the authentication the password gave, with its roles; it becomes
 * the session's only after the code. {@code target} is where the password alone would have led: the page asked for
 * before the login (a request in the inbox, from the team's alert mail), or the role's home.
 */
public record PendingSignIn(Authentication password, Instant since, String target) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = "kitabruecke.staff.pendingSignIn";

    public String username() {
        return password.getName();
    }
}
