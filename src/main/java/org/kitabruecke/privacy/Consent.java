package org.kitabruecke.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;

/**
 * The consent a family gives before its request is stored (§ 67b SGB X, Art. 9 GDPR): what is stored, who sees it,
 * how long it is kept, that it is voluntary, on which legal ground. The family reads it in its own language; the
 * {@link ConsentRecord} of the text it agreed to (version, language, fingerprint) is stored with the request, so that
 * the team can always show which text that was.
 *
 * <p>Changing any of these texts in any language means a new {@link #VERSION}, a date and never a language (the
 * language is recorded beside it); adding a language changes no text and needs none. A test compares each
 * language's fingerprint with the one recorded for the version.
 */
public final class Consent {

    /**
     * The version of the texts below, as stored with each request. Requests stored before decision 0010 may say
     * {@code help-2026-11-25-ru}: the same texts, named after the language that was added last, not the family's.
     * A second change on the same day gets a letter: {@code help-2026-11-30b} states the legal basis (decision 0014).
     */
    public static final String VERSION = "help-2026-11-30b";

    /** The paragraphs, in reading order. */
    public static final List<String> PARAGRAPH_KEYS = List.of(
            "privacy.consent.what",
            "privacy.consent.who",
            "privacy.consent.howLong",
            "privacy.consent.voluntary",
            "privacy.consent.law");

    public static final String TITLE_KEY = "privacy.consent.title";
    public static final String AGREE_KEY = "privacy.consent.agree";

    private Consent() {
    }

    /** The record of the consent as shown on a page in {@code locale}'s language (or German, if not spoken). */
    public static ConsentRecord record(Translations translations, Locale locale) {
        Language language = translations.languageOf(locale);
        return ConsentRecord.of(VERSION, language.code(), allKeys().stream()
                .map(key -> translations.format(language.locale(), key, Map.of())).toList());
    }

    /** Every key whose text is part of the consent. */
    public static List<String> allKeys() {
        var keys = new ArrayList<String>();
        keys.add(TITLE_KEY);
        keys.addAll(PARAGRAPH_KEYS);
        keys.add(AGREE_KEY);
        return List.copyOf(keys);
    }
}
