package org.kitabruecke.staff;

/** What was done to a staff account; each is written to the audit trail with who did it to which account. */
public enum AccountChange {
    CREATED, ROLE_CHANGED, EMAIL_CHANGED, DEACTIVATED, REACTIVATED, LINK_SENT, PASSWORD_SET, PASSWORD_CHANGED,
    /** Made by the start option {@code kitabruecke.first-admin} on a database without an admin. */
    FIRST_ADMIN
}
