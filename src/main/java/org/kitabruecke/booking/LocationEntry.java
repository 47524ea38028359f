package org.kitabruecke.booking;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.PostalAddress;

/**
 * A place of the open consultation hour as staff edit it ({@code id} is {@code null} for a new one): address, how
 * accessible it is, how to get there (in German, and translated by language code), and how far ahead and how
 * shortly before parents may book.
 */
public record LocationEntry(@Nullable Long id, String name, String street, String postcode, String city,
                            long districtId, @Nullable String accessibility, @Nullable String directions,
                            int bookingWindowDays, int minimumNoticeMinutes, Map<String, PlaceNotes> translated) {

    public LocationEntry {
        translated = Map.copyOf(translated);
    }

    /** Street, postcode and city, for showing the address. */
    public PostalAddress address() {
        return new PostalAddress(street, postcode, city);
    }
}
