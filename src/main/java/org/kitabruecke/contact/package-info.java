/**
 * How families can be reached and where places are: phone numbers (read by libphonenumber, stored in E.164), e-mail
 * addresses, the language to talk in, and postal addresses, as value objects that refuse what cannot be used, with the
 * JPA converters that store them in plain columns. Shared by help requests, bookings and the directory.
 */
@NullMarked
package org.kitabruecke.contact;

import org.jspecify.annotations.NullMarked;
