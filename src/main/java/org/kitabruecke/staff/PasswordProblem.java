package org.kitabruecke.staff;

/** Why a new password was refused; shown at the field as {@code password.problem.<name>}. */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    /** On the list of common passwords shipped with the app. */
    COMMON,
    /** Contains the account's name or the portal's name. */
    CONTAINS_NAME,
    /** The two new passwords typed differ. */
    NOT_REPEATED
}
