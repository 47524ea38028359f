package org.kitabruecke.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A place's access notes and directions in one language other than German. */
@Embeddable
public class PlaceTranslation {

    @Column(length = 300)
    private @Nullable String accessibility;

    @Column(length = 300)
    private @Nullable String directions;

    protected PlaceTranslation() {
    }

    public PlaceTranslation(@Nullable String accessibility, @Nullable String directions) {
        this.accessibility = accessibility;
        this.directions = directions;
    }

    public @Nullable String accessibility() {
        return accessibility;
    }

    public @Nullable String directions() {
        return directions;
    }
}
