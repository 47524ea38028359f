package org.kitabruecke.staff;

import java.time.Instant;

/** A set-password link just made, for its mail: the token in clear exists only here and in the mail. */
public record IssuedLink(String email, String username, String displayName, String token, Instant expiresAt) {
}
