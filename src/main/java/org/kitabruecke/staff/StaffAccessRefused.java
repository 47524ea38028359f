package org.kitabruecke.staff;

/**
 * A logged-in staff account was refused a page, e.g. a Kita account typing {@code /staff/request/<id>}: published
 * for the audit trail. {@code path} is the address without host and query, {@code username} the account's name.
 */
public record StaffAccessRefused(String username, String path) {
}
