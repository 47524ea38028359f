/**
 * The statistics module's SQL: the counters in {@code activity_count}, which the module's services write and read.
 */
@NullMarked
package org.kitabruecke.statistics.internal;

import org.jspecify.annotations.NullMarked;
