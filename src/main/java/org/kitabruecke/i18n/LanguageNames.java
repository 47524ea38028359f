package org.kitabruecke.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Names of languages as ICU4J knows them (CLDR): "Türkisch" for a German reader, "Türkçe" in its own script, also
 * for languages the portal does not speak itself (Tigrinya, Somali, ...), so that families can still ask to be called
 * in them. Where CLDR's name is not the one families use ("Zentralkurdisch", "Dari" in Latin letters),
 * {@code translations/names/language-names.properties} gives the right one.
 */
public final class LanguageNames {

    private static final Properties OVERRIDES = overrides();

    private LanguageNames() {
    }

    /** The language's name for a reader of {@code reader}: {@code inLanguageOf("tr", GERMAN)} is "Türkisch". */
    public static String inLanguageOf(String code, Locale reader) {
        if (code.equalsIgnoreCase(reader.toLanguageTag())) {
            return own(code); // a Sorani reader calls Sorani by the name it has in itself
        }
        String override = OVERRIDES.getProperty(reader.getLanguage() + "." + code);
        if (override != null) {
            return override;
        }
        ULocale in = ULocale.forLocale(reader);
        return capitalized(LocaleDisplayNames.getInstance(in).languageDisplayName(icuCode(code)), in);
    }

    /**
     * The language's name as written inside a sentence: "Языки: немецкий и английский", where a list or menu would
     * begin with a capital.
     */
    public static String inSentence(String code, Locale reader) {
        String override = OVERRIDES.getProperty(reader.getLanguage() + "." + code);
        if (override != null) {
            return override;
        }
        return LocaleDisplayNames.getInstance(ULocale.forLocale(reader),
                DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE).languageDisplayName(icuCode(code));
    }

    /** The language's name in itself: "Türkçe", "العربية", "Українська", "دری". */
    public static String own(String code) {
        String override = OVERRIDES.getProperty("own." + code);
        if (override != null) {
            return override;
        }
        ULocale own = ULocale.forLanguageTag(icuCode(code));
        return capitalized(LocaleDisplayNames.getInstance(own).languageDisplayName(icuCode(code)), own);
    }

    /** Whether a reader of {@code reader} calls the language by its own name ("العربية" for an Arabic reader). */
    public static boolean namedAlike(String code, Locale reader) {
        return inLanguageOf(code, reader).equals(own(code));
    }

    /** ICU knows Dari as Persian in Afghanistan. */
    private static String icuCode(String code) {
        return code.equals("prs") ? "fa-AF" : code;
    }

    private static String capitalized(String name, ULocale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    private static Properties overrides() {
        var names = new Properties();
        var file = LanguageNames.class.getResourceAsStream("/translations/names/language-names.properties");
        if (file != null) {
            try (var reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
                names.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read translations/names/language-names.properties", e);
            }
        }
        return names;
    }
}
