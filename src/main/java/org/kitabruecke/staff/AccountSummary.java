package org.kitabruecke.staff;

import org.jspecify.annotations.Nullable;

/** An account as the admin page lists it. {@code passwordSet}: false until its owner has used a set-password link. */
public record AccountSummary(long id, String username, String displayName, @Nullable String email, StaffRole role,
                             @Nullable Long kitaId, boolean active, boolean passwordSet) {
}
