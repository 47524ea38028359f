/**
 * Implementation of the booking module: entities, repositories and configuration that other modules never use directly.
 */
@NullMarked
package org.kitabruecke.booking.internal;

import org.jspecify.annotations.NullMarked;
