package org.kitabruecke.staff;

import org.jspecify.annotations.Nullable;

/** A staff account as other modules need it: who, in which role, and for Kita staff the one Kita they act for. */
public record StaffMember(String username, String displayName, StaffRole role, @Nullable Long kitaId) {
}
