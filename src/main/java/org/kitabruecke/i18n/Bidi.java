package org.kitabruecke.i18n;

import java.util.regex.Pattern;

/**
 * Left-to-right words inside right-to-left text: "… کاتی ڕاوێژی کراوە (offene Sprechstunde)", "منزل دوم (2. Etage)".
 * Left alone, the brackets take the direction of the text around them and, where a line breaks, show as ")offene" and
 * "Sprechstunde(" or "(Etage .2". A left-to-right mark on either side keeps brackets, digits and hyphens with the
 * Latin words; unlike isolates, every mail program knows it.
 */
public final class Bidi {

    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile(
            "\\(([^()\\n\\p{IsArabic}]*\\p{IsLatin}[^()\\n\\p{IsArabic}]*)\\)");

    private Bidi() {
    }

    public static String latinInBrackets(String rightToLeftText) {
        return LATIN_IN_BRACKETS.matcher(rightToLeftText).replaceAll("\u200E($1)\u200E");
    }
}
