package org.kitabruecke.statistics;

/** What came of undoing a one-tap entry. */
public enum UndoOutcome {
    /** The entry is gone from the figures. */
    UNDONE,
    /** The undo window has passed: the entry stays. */
    TOO_LATE,
    /** Somebody else made the entry: only they can undo it. */
    NOT_YOURS,
    /** There is no such entry (any more): undone already. */
    GONE
}
