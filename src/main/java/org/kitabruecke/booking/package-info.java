/**
 * The open consultation hour (offene Sprechstunde): locations, weekly hours, slots, bookings and the
 * waitlist. Answers "when and where can I come today?" for the start page.
 */
@NullMarked
package org.kitabruecke.booking;

import org.jspecify.annotations.NullMarked;
