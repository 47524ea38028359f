package org.kitabruecke.staff;

/** What a set-password link is worth right now; the page says each clearly. */
public enum LinkState {
    /** Can be used: the form is shown. */
    VALID,
    /** Used already: the password was set with it. */
    USED,
    /** Past its time, or replaced by a newer link, or its account deactivated. */
    EXPIRED,
    /** No such link (mistyped, cut off). */
    UNKNOWN
}
