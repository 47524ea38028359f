package org.kitabruecke.booking;

/** What became of a parent's cancellation through the personal link. */
public enum CancelResult {
    CANCELLED, ALREADY_CANCELLED, EXPIRED, NOT_FOUND
}
