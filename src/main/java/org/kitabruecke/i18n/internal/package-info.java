/**
 * Wiring of the i18n module into Spring and Vaadin: the ICU-backed {@code I18NProvider} and the beans.
 */
@NullMarked
package org.kitabruecke.i18n.internal;

import org.jspecify.annotations.NullMarked;
