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
    MAIL_RETRY,
    /** A staff account was created or changed, or its password set (detail: what, never a password or token). */
    ACCOUNT,
    /** A staff account set up its second factor (TOTP). */
    FACTOR_ENROLLED,
    /** An admin removed an account's lost second factor; the detail names the account. */
    FACTOR_RESET,
    /** New recovery codes were made for an account (the codes themselves are never written). */
    RECOVERY_CODES_NEW,
    /** A recovery code was used instead of a TOTP code. */
    RECOVERY_CODE_USED
}
