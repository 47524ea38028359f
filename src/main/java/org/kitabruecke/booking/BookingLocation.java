package org.kitabruecke.booking;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.PostalAddress;

/**
 * A place of the open consultation hour, with what a parent needs to get there: in German ({@code accessibility},
 * {@code directions}) and, where staff wrote them, in other languages ({@code translated}, by language code).
 */
public record BookingLocation(long id, String name, String street, String postcode, String city,
                              @Nullable String accessibility, @Nullable String directions,
                              Map<String, PlaceNotes> translated) {

    public BookingLocation {
        translated = Map.copyOf(translated);
    }

    /**
     * The notes in the reader's language, or the German ones (marked as German) where nobody has translated them:
     * a parent then still learns that there is a lift, and the page says in which language.
     */
    public PlaceNotes notesIn(Locale reader) {
        String tag = reader.toLanguageTag();
        return translated.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(tag) && !entry.getValue().isEmpty())
                .map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> new PlaceNotes("de", accessibility, directions));
    }

    /** Street, postcode and city, for showing the address. */
    public PostalAddress address() {
        return new PostalAddress(street, postcode, city);
    }
}
