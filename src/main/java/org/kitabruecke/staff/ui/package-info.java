/**
 * Views of the staff module, at their stable addresses.
 */
@NullMarked
package org.kitabruecke.staff.ui;

import org.jspecify.annotations.NullMarked;
