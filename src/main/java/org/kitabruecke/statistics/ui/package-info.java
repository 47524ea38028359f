/**
 * The statistics page of the staff area.
 */
@NullMarked
package org.kitabruecke.statistics.ui;

import org.jspecify.annotations.NullMarked;
