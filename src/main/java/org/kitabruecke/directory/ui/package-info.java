/**
 * Views of the directory module, at their stable addresses.
 */
@NullMarked
package org.kitabruecke.directory.ui;

import org.jspecify.annotations.NullMarked;
