/**
 * Views of the inbox module, at their stable addresses.
 */
@NullMarked
package org.kitabruecke.inbox.ui;

import org.jspecify.annotations.NullMarked;
