/**
 * How the parent pages reach a phone: the language chosen on arrival, the server-rendered first paint, the
 * friendly "not found" page. Wired into Vaadin through service listeners; nothing here is called by other modules.
 */
@NullMarked
package org.kitabruecke.ui.internal;

import org.jspecify.annotations.NullMarked;
