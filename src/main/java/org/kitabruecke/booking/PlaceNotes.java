package org.kitabruecke.booking;

import org.jspecify.annotations.Nullable;

/**
 * How accessible a place is and how to get there, in one language.
 *
 * @param language the language code the texts are written in ({@code de} when a translation is missing)
 */
public record PlaceNotes(String language, @Nullable String accessibility, @Nullable String directions) {

    public static final int TEXT_MAX = 300;

    public PlaceNotes {
        accessibility = accessibility == null || accessibility.isBlank() ? null : accessibility.strip();
        directions = directions == null || directions.isBlank() ? null : directions.strip();
        if (accessibility != null && accessibility.length() > TEXT_MAX
                || directions != null && directions.length() > TEXT_MAX) {
            throw new IllegalArgumentException("Place notes longer than " + TEXT_MAX);
        }
    }

    public boolean isEmpty() {
        return accessibility == null && directions == null;
    }
}
