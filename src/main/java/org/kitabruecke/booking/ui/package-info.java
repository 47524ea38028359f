/**
 * Views of the booking module, at their stable addresses.
 */
@NullMarked
package org.kitabruecke.booking.ui;

import org.jspecify.annotations.NullMarked;
