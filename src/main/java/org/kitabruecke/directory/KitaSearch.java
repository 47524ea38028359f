package org.kitabruecke.directory;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds Kitas by what a parent types, however they type it: any case, without umlauts or accents ({@code Strasse}
 * finds {@code Straße}, {@code Muhlen} and {@code Muehlen} find {@code Mühlen}), Turkish dotted and dotless i, even
 * in another script (Cyrillic or Arabic letters are transliterated). All of it by ICU4J's transforms, no
 * hand-made tables. Results are sorted as the reader's language sorts.
 */
public final class KitaSearch {

    /** Any script to Latin, then to plain ASCII ("ß" to "ss", "ı" to "i"), then lower case. */
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    /** German spelling without umlauts: "ü" to "ue", so that "Muehlen" finds "Mühlen" too. */
    private static final Transliterator GERMAN_FOLD = Transliterator.getInstance("de-ASCII; Lower");

    private KitaSearch() {
    }

    /** Kitas matching every word of the query in name, street, postcode, city or district; empty for a blank query. */
    public static List<KitaEntry> search(List<KitaEntry> kitas, String query, Locale locale, int limit) {
        String[] terms = terms(query);
        if (terms.length == 0) {
            return List.of();
        }
        return kitas.stream()
                .filter(kita -> matches(kita, terms))
                .sorted(byName(locale))
                .limit(limit)
                .toList();
    }

    /** Sorted as the reader's language sorts names (ICU collation). */
    public static Comparator<KitaEntry> byName(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return Comparator.comparing(KitaEntry::name, collator::compare);
    }

    /** Whether a text contains every word of the query, by the same tolerant rules; any text for a blank query. */
    public static boolean matches(String text, String query) {
        return matches(text, terms(query));
    }

    private static String[] terms(String query) {
        String[] words = fold(FOLD, query).split("[^\\p{Alnum}]+");
        return Arrays.stream(words).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    private static boolean matches(KitaEntry kita, String[] terms) {
        return matches(String.join(" ", kita.name(), kita.street(), kita.postcode(), kita.city(),
                kita.districtName()), terms);
    }

    private static boolean matches(String text, String[] terms) {
        String plain = fold(FOLD, text);
        String german = fold(GERMAN_FOLD, text);
        return Arrays.stream(terms).allMatch(term -> plain.contains(term) || german.contains(term));
    }

    private static String fold(Transliterator transliterator, String text) {
        // a transliterator is not guaranteed to be safe for concurrent use
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
