package org.kitabruecke.booking.internal;

import java.util.List;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.TextsInDatabase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which places have German access notes or directions but none in a language, for the admins' overview. */
@Component
class PlaceNotesByLanguage implements TextsInDatabase {

    private final LocationRepository locations;

    PlaceNotesByLanguage(LocationRepository locations) {
        this.locations = locations;
    }

    @Override
    public String titleKey() {
        return "admin.translations.texts.places";
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> lackingIn(Language language) {
        return locations.findAll().stream()
                .filter(place -> place.accessibility() != null || place.directions() != null)
                .filter(place -> !place.translations().containsKey(language.code()))
                .map(ConsultationLocation::name)
                .toList();
    }
}
