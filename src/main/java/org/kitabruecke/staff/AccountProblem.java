package org.kitabruecke.staff;

/** Why an admin's change to an account was refused; shown at the field as {@code accounts.problem.<name>}. */
public enum AccountProblem {
    /** Letters, digits, dot, hyphen, underscore; 2 to 80 characters. */
    USERNAME_INVALID,
    /** Another account has this name (also written with other accents or capitals). */
    USERNAME_TAKEN,
    DISPLAY_NAME_MISSING,
    EMAIL_INVALID,
    /** A Kita account needs its Kita. */
    KITA_MISSING,
    /** An admin cannot take their own admin role or deactivate themselves: the city would risk losing its last one. */
    OWN_ACCOUNT,
    /** A set-password link needs an e-mail address. */
    NO_EMAIL,
    /** The account is deactivated: reactivate it first. */
    INACTIVE
}
