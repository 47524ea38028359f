package org.kitabruecke.booking;

import org.jspecify.annotations.Nullable;

/** A place of the open consultation hour, with what a parent needs to get there. */
public record BookingLocation(long id, String name, String street, String postcode, String city,
                              @Nullable String accessibility, @Nullable String directions) {
}
