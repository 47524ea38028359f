package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kitabruecke.booking.PlaceNotes;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.staff.StaffControls;

/**
 * A place's access notes and directions in every portal language besides German, two fields each, written in the
 * language's own direction. Folded away: staff open it when a translator has sent the texts.
 */
class PlaceNotesEditor extends Composite<NativeDetails> {

    private final Span summary = new Span();
    private final Map<String, TextField[]> fields = new LinkedHashMap<>();

    PlaceNotesEditor(Translations translations) {
        var content = new Div();
        for (Language language : translations.languages()) {
            if (language.code().equals(Translations.DEFAULT_CODE)) {
                continue;
            }
            TextField accessibility = field(language, "access");
            TextField directions = field(language, "way");
            fields.put(language.code(), new TextField[] {accessibility, directions});
            content.add(StaffControls.row(accessibility, directions));
        }
        getContent().setSummary(summary);
        getContent().setContent(content);
        getContent().setId("place-translations");
    }

    private static TextField field(Language language, String what) {
        var field = new TextField();
        field.setId("place-" + what + "-" + language.code());
        field.setWidth("28rem");
        field.setMaxLength(PlaceNotes.TEXT_MAX);
        field.getElement().setAttribute("lang", language.code());
        field.getElement().setAttribute("dir", language.direction());
        return field;
    }

    void translate() {
        summary.setText(getTranslation("staff.places.translations"));
        fields.forEach((code, pair) -> {
            String name = LanguageNames.own(code);
            pair[0].setLabel(getTranslation("staff.places.accessibilityIn", "language", name));
            pair[1].setLabel(getTranslation("staff.places.directionsIn", "language", name));
        });
    }

    void show(Map<String, PlaceNotes> translated) {
        fields.forEach((code, pair) -> {
            PlaceNotes notes = translated.get(code);
            pair[0].setValue(notes == null || notes.accessibility() == null ? "" : notes.accessibility());
            pair[1].setValue(notes == null || notes.directions() == null ? "" : notes.directions());
        });
    }

    /** The texts as typed, by language code; empty languages included (they clear a translation). */
    Map<String, PlaceNotes> notes() {
        Map<String, PlaceNotes> notes = new LinkedHashMap<>();
        fields.forEach((code, pair) -> notes.put(code, new PlaceNotes(code, pair[0].getValue(), pair[1].getValue())));
        return notes;
    }
}
