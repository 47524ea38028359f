package org.kitabruecke.staff;

/**
 * A directory sign-in created a staff account, or changed its role or Kita: published for the audit trail.
 * {@code change} names only role, Kita number and states, never personal data.
 */
public record StaffAccountFromDirectory(String username, long accountId, String change) {
}
