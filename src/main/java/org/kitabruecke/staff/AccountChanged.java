package org.kitabruecke.staff;

/**
 * Published inside the transaction of every change to a staff account, for the audit trail: who ({@code actor}, or
 * {@code system} for the start option), to which account, what. {@code detail} holds roles and ids only — never a
 * password or a link's token.
 */
public record AccountChanged(String actor, long accountId, String username, AccountChange change, String detail) {
}
