package org.kitabruecke.staff;

import org.jspecify.annotations.Nullable;

/**
 * An account as the admin page lists it. {@code passwordSet}: false until its owner has used a set-password link.
 * {@code fromDirectory}: signs in through the city's directory, which keeps its password and e-mail address.
 */
public record AccountSummary(long id, String username, String displayName, @Nullable String email, StaffRole role,
                             @Nullable Long kitaId, boolean active, boolean passwordSet, boolean fromDirectory) {
}
