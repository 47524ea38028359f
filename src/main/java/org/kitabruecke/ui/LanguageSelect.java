package org.kitabruecke.ui;

import java.util.List;
import java.util.Locale;
import org.kitabruecke.i18n.LanguageNames;

/**
 * "In which language should we talk to you?": a drop-down of every language the team can organise, each named in
 * the reader's language and in its own ("Türkisch – Türkçe"), so that a parent finds theirs either way; once where
 * both are the same ("العربية" for an Arabic reader).
 */
public class LanguageSelect extends SelectInput {

    private final List<String> codes;

    /** @param codes ISO 639 codes, in the order offered (e.g. from {@code kitabruecke.contact-languages}) */
    public LanguageSelect(String id, List<String> codes) {
        super(id);
        this.codes = List.copyOf(codes);
    }

    /** Names the languages for a reader of {@code locale}; the choice stays. */
    public void translate(Locale locale) {
        setOptions(codes.stream().map(code -> new Option(code, LanguageNames.namedAlike(code, locale)
                ? LanguageNames.own(code) : getTranslation("flow.languageOption",
                "name", LanguageNames.inLanguageOf(code, locale), "ownName", LanguageNames.own(code)), null))
                .toList());
    }
}
