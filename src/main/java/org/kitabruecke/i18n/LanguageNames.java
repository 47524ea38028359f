package org.kitabruecke.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Names of languages as ICU4J knows them (CLDR): "Türkisch" for a German reader, "Türkçe" in its own script, also
 * for languages the portal does not speak itself (Dari, Kurdish, Tigrinya, ...), so that families can still ask to be
 * called in them.
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The language's name for a reader of {@code reader}: {@code inLanguageOf("tr", GERMAN)} is "Türkisch". */
    public static String inLanguageOf(String code, Locale reader) {
        ULocale in = ULocale.forLocale(reader);
        return capitalized(LocaleDisplayNames.getInstance(in).languageDisplayName(code), in);
    }

    /**
     * The language's name as written inside a sentence: "Языки: немецкий и английский", where a list or menu would
     * begin with a capital.
     */
    public static String inSentence(String code, Locale reader) {
        return LocaleDisplayNames.getInstance(ULocale.forLocale(reader),
                DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE).languageDisplayName(code);
    }

    /** The language's name in itself: "Türkçe", "العربية", "Українська". */
    public static String own(String code) {
        ULocale own = new ULocale(code);
        return capitalized(LocaleDisplayNames.getInstance(own).languageDisplayName(code), own);
    }

    private static String capitalized(String name, ULocale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }
}
