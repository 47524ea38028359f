/**
 * Staff accounts (social workers, Kita staff, admins), their roles, login and the security configuration.
 * Every staff page and service method is closed to anonymous visitors here.
 */
@NullMarked
package org.kitabruecke.staff;

import org.jspecify.annotations.NullMarked;
