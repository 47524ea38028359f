/**
 * The team's quarterly figures: activities logged by social workers (phone counselling, network work, counselling
 * in Kitas, sessions with families) and counted from the portal (requests received, bookings attended). Kept apart
 * from case data, so deleting requests never changes a past quarter.
 */
@NullMarked
package org.kitabruecke.statistics;

import org.jspecify.annotations.NullMarked;
