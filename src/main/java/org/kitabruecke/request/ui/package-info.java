/**
 * Views of the request module, at their stable addresses.
 */
@NullMarked
package org.kitabruecke.request.ui;

import org.jspecify.annotations.NullMarked;
