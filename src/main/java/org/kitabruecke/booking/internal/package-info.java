/**
 * Implementation of the booking module: entities, repositories, the SQL query classes and the pure {@link
 * org.kitabruecke.booking.internal.SlotCalendar}, which other modules never use directly.
 */
@NullMarked
package org.kitabruecke.booking.internal;

import org.jspecify.annotations.NullMarked;
