package org.kitabruecke.i18n;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides which language a visitor sees: an explicit {@code ?lang=} (printed on flyers and QR codes) wins, then the
 * language the visitor chose before (a cookie, no account), then the browser's {@code Accept-Language}, then German.
 */
public final class LanguageChoice {

    /** Name of the cookie that remembers the choice; it holds nothing but the language code. */
    public static final String COOKIE = "kb_lang";
    public static final String QUERY_PARAMETER = "lang";
    /** How long the choice is remembered: a year, so that the next visit starts in the family's language. */
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private final Translations translations;

    public LanguageChoice(Translations translations) {
        this.translations = translations;
    }

    public Language choose(@Nullable String queryParameter, @Nullable String cookie, @Nullable String acceptLanguage) {
        return known(queryParameter)
                .or(() -> known(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(translations.defaultLanguage());
    }

    private Optional<Language> known(@Nullable String code) {
        return code == null || code.isBlank() ? Optional.empty() : translations.find(code);
    }

    private Optional<Language> fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            // ranges come sorted by weight; the first one we speak wins
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (!range.getRange().equals("*")) {
                    Optional<Language> match = translations.find(range.getRange());
                    if (match.isPresent()) {
                        return match;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a broken header is the browser's problem, not the parent's: fall through to the default
        }
        return Optional.empty();
    }
}
