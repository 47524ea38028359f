package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageNames;

/**
 * A partner service's short description in every portal language, one field each, written in its own direction;
 * above them, which languages are still missing (parents of those get the German text, marked as German).
 */
class DescriptionsEditor extends Composite<Div> {

    private final H3 title = new H3();
    private final Paragraph missing = new Paragraph();
    private final Map<String, TextArea> fields = new LinkedHashMap<>();

    DescriptionsEditor(List<Language> languages) {
        missing.setId("descriptions-missing");
        missing.getElement().setAttribute("role", "status");
        getContent().add(title, missing);
        for (Language language : languages) {
            var field = new TextArea();
            field.setId("description-" + language.code());
            field.setMaxLength(PartnerService.DESCRIPTION_MAX);
            field.setWidthFull();
            field.getElement().setAttribute("lang", language.code());
            field.getElement().setAttribute("dir", language.direction());
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> showMissing());
            fields.put(language.code(), field);
            getContent().add(field);
        }
    }

    void translate() {
        title.setText(getTranslation("admin.service.descriptions"));
        fields.forEach((code, field) -> field.setLabel(getTranslation("admin.service.description",
                "language", LanguageNames.own(code), "code", code)));
        showMissing();
    }

    void show(Map<String, String> descriptions) {
        fields.forEach((code, field) -> field.setValue(descriptions.getOrDefault(code, "")));
        showMissing();
    }

    /** The descriptions written so far, language code to text. */
    Map<String, String> descriptions() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((code, field) -> {
            if (!field.getValue().isBlank()) {
                texts.put(code, field.getValue().strip());
            }
        });
        return texts;
    }

    void showError(@Nullable String message) {
        var german = fields.values().iterator().next();
        german.setInvalid(message != null);
        german.setErrorMessage(message);
    }

    private void showMissing() {
        String codes = fields.entrySet().stream().filter(entry -> entry.getValue().getValue().isBlank())
                .map(entry -> LanguageNames.own(entry.getKey())).collect(Collectors.joining(", "));
        missing.setText(codes.isEmpty() ? getTranslation("admin.service.complete")
                : getTranslation("admin.service.missing", "languages", codes));
        missing.getElement().getClassList().set("kb-missing", !codes.isEmpty());
    }
}
