package org.kitabruecke.privacy;

/** What is audited. Translations: {@code audit.action.<name>}. */
public enum AuditAction {
    /** A request's details were opened. */
    READ,
    /** A request was changed (assigned, moved on, referred, noted, answered), or a staff account. */
    CHANGE,
    /** Data left the portal: a figures export, a data subject export. */
    EXPORT,
    /** Personal data was erased ahead of schedule on request. */
    ERASE,
    /** A logged-in account was refused a page, e.g. a Kita account on a request's page. */
    REFUSED,
    LOGIN,
    LOGIN_FAILED,
    /** An admin sent an undelivered mail once more. */
    MAIL_RETRY
}
