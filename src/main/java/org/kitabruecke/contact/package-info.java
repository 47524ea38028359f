/**
 * How families can be reached: phone numbers (read by libphonenumber, stored in E.164) and e-mail addresses, as
 * value objects that refuse what cannot be used. Shared by help requests and bookings.
 */
@NullMarked
package org.kitabruecke.contact;

import org.jspecify.annotations.NullMarked;
