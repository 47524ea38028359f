/**
 * The city's districts, Kitas, which social worker is responsible for which Kita, and partner services
 * families are referred to. Public data only: no family data lives here.
 */
@NullMarked
package org.kitabruecke.directory;

import org.jspecify.annotations.NullMarked;
