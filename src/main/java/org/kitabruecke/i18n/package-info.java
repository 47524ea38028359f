/**
 * Languages of the portal: which exist (one translations file each), how a visitor's language is chosen
 * (?lang=, cookie, Accept-Language), ICU MessageFormat texts with plural and select, and the writing direction
 * (Arabic and Persian read right to left).
 */
@NullMarked
package org.kitabruecke.i18n;

import org.jspecify.annotations.NullMarked;
