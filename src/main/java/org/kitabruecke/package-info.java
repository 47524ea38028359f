/**
 * Kita-Brücke: the application class and the embedded database used for the demo run and the tests.
 */
@NullMarked
package org.kitabruecke;

import org.jspecify.annotations.NullMarked;
