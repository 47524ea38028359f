package org.kitabruecke.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A language the portal speaks: one {@code translations/messages_<code>.properties} file makes one language.
 *
 * @param code     the language code used in files, cookies and {@code ?lang=} (e.g. {@code de}, {@code ar},
 *                 {@code fa-AF} for Dari, {@code de-x-ls} for Leichte Sprache)
 * @param locale   the locale texts, dates and numbers are formatted for
 */
public record Language(String code, Locale locale) {

    /** The private-use subtag of an easy-to-read variant: {@code de-x-ls} is German in Leichte Sprache. */
    private static final String EASY_READING = "-x-ls";

    public static Language of(String code) {
        return new Language(code, Locale.forLanguageTag(code));
    }

    /** The writing direction as ICU knows it: Arabic, Persian, Dari, Pashto, Kurdish (Sorani) are right to left. */
    public boolean isRightToLeft() {
        return ULocale.forLocale(locale).isRightToLeft();
    }

    /** The value for the HTML {@code dir} attribute. */
    public String direction() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    /**
     * An easy-to-read variant of another language (Leichte Sprache): it covers the pages, consent and mails parents
     * see and falls back to its base language on staff pages.
     */
    public boolean isEasyReading() {
        return code.endsWith(EASY_READING);
    }

    /** The language a variant is a variant of: {@code de} for {@code de-x-ls}, itself otherwise. */
    public String baseCode() {
        return isEasyReading() ? code.substring(0, code.length() - EASY_READING.length()) : code;
    }

    /**
     * The locale to format dates and numbers with: always the Gregorian calendar, as on German letters and
     * appointment cards (ICU would otherwise choose the Persian calendar for Farsi, Dari and Pashto). Digits follow
     * the language (۱۲:۳۰ in Dari).
     */
    public ULocale formattingLocale() {
        return gregorian(locale);
    }

    /** Any locale with the Gregorian calendar, for formatting dates. */
    public static ULocale gregorian(Locale locale) {
        return ULocale.forLocale(locale).setKeywordValue("calendar", "gregorian");
    }
}
