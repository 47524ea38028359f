package org.kitabruecke.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A language the portal speaks: one {@code translations/messages_<code>.properties} file makes one language.
 *
 * @param code     the language code used in files, cookies and {@code ?lang=} (e.g. {@code de}, {@code ar})
 * @param locale   the locale texts, dates and numbers are formatted for
 */
public record Language(String code, Locale locale) {

    public static Language of(String code) {
        return new Language(code, Locale.forLanguageTag(code));
    }

    /** The writing direction as ICU knows it: Arabic, Persian, Kurdish (Sorani) are right to left. */
    public boolean isRightToLeft() {
        return ULocale.forLocale(locale).isRightToLeft();
    }

    /** The value for the HTML {@code dir} attribute. */
    public String direction() {
        return isRightToLeft() ? "rtl" : "ltr";
    }
}
