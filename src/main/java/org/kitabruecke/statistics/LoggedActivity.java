package org.kitabruecke.statistics;

import java.time.Instant;

/**
 * A one-tap entry just made: its id (to undo it), how many entries of this kind the same person made today with
 * this one (so a second tap reads as the second entry, not as a failed first), and until when it can be undone.
 */
public record LoggedActivity(long id, ActivityCategory category, int countToday, Instant undoUntil) {
}
