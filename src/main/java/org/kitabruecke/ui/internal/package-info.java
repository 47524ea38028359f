/**
 * How the parent pages reach a phone: the language chosen on arrival, the server-rendered first paint, the
 * friendly "not found" page, the quick exit's {@code POST /leave}, and the security headers on every response
 * (with the nonce on every script of a page). Wired into Vaadin through service listeners and servlet filters;
 * nothing here is called by other modules.
 */
@NullMarked
package org.kitabruecke.ui.internal;

import org.jspecify.annotations.NullMarked;
