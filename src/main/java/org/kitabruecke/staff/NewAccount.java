package org.kitabruecke.staff;

import org.jspecify.annotations.Nullable;

/** What an admin types for a new account: no password (its owner sets one through a link). */
public record NewAccount(String username, String displayName, String email, StaffRole role, @Nullable Long kitaId) {
}
