/**
 * Staff accounts, the login service and the security configuration (parents public, everything else by role).
 */
@NullMarked
package org.kitabruecke.staff.internal;

import org.jspecify.annotations.NullMarked;
