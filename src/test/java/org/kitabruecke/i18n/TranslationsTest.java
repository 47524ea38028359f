package org.kitabruecke.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The translation gate: a missing key, an argument a translator renamed, a broken ICU pattern or a plural category a
 * language does not have fails the build, for every language file there is.
 */
class TranslationsTest {

    /** A string literal that looks like a message key: dotted words, e.g. "start.entry.help.hint". */
    private static final Pattern KEY_LIKE_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    private final Translations translations = Translations.fromClasspath();
    private final Language german = translations.defaultLanguage();

    @Test
    void speaksTheFiveLanguagesOfTheFoundationWithGermanFirst() {
        assertThat(translations.languages()).extracting(Language::code)
                .startsWith("de").contains("en", "tr", "ar", "uk");
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfGerman() {
        for (Language language : translations.languages()) {
            Set<String> missing = new TreeSet<>(translations.requiredKeys(language));
            missing.removeAll(translations.keys(language));
            Set<String> unknown = new TreeSet<>(translations.keys(language));
            unknown.removeAll(translations.keys(german));
            assertThat(missing).as("keys missing in %s", language.code()).isEmpty();
            assertThat(unknown).as("keys in %s that German does not have", language.code()).isEmpty();
        }
    }

    @Test
    void everyPatternIsValidIcuAndUsesTheSameArgumentsAsGerman() {
        List<String> problems = new ArrayList<>();
        for (Language language : translations.languages()) {
            Set<String> categories = PluralRules.forLocale(ULocale.forLocale(language.locale())).getKeywords();
            for (String key : translations.keys(language)) {
                String pattern = translations.pattern(language, key).orElseThrow();
                try {
                    Set<String> arguments = arguments(pattern, categories, problems, language.code() + ":" + key);
                    Set<String> expected = arguments(translations.pattern(german, key).orElseThrow(),
                            Set.of("zero", "one", "two", "few", "many", "other"), problems, "de:" + key);
                    if (!arguments.equals(expected)) {
                        problems.add(language.code() + ":" + key + " uses " + arguments + " but German " + expected);
                    }
                } catch (IllegalArgumentException broken) {
                    problems.add(language.code() + ":" + key + " is not valid ICU: " + broken.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every literal in the code that starts like one of our keys ("start.", "layout.", ...) must be a key: this
     * also catches keys handed around in variables, e.g. to {@code entry(...)}.
     */
    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        translations.keys(german).forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LIKE_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (prefixes.stream().anyMatch(literal::startsWith)) {
                        asked.add(literal);
                    }
                }
            }
        }
        assertThat(asked).contains("start.entry.help.hint", "help.title", "mail.confirmation.body");
        asked.removeAll(translations.keys(german));
        assertThat(asked).as("keys used in code but missing in messages_de.properties").isEmpty();
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        var args = java.util.Map.of("day", "X", "count", 2);
        assertThat(translations.format(Language.of("de").locale(), "start.hours.today", args))
                .isEqualTo("Heute, X, gibt es 2 offene Sprechstunden:");
        assertThat(translations.format(Language.of("ar").locale(), "start.hours.today", args))
                .isEqualTo("اليوم، X، توجد استشارتان مفتوحتان:");
        assertThat(translations.format(Language.of("uk").locale(), "start.hours.today",
                java.util.Map.of("day", "X", "count", 3)))
                .isEqualTo("Сьогодні, X, є 3 відкриті консультації:");
    }

    /** Collects argument names; complains about plural categories the language does not know. */
    private static Set<String> arguments(String pattern, Set<String> categories, List<String> problems, String where) {
        var parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                String selector = parsed.getSubstring(part);
                boolean pluralSelector = !selector.startsWith("=") && isPluralKeyword(selector);
                if (pluralSelector && !categories.contains(selector)) {
                    problems.add(where + " has plural category '" + selector + "' the language does not use");
                }
            }
        }
        return names;
    }

    private static boolean isPluralKeyword(String selector) {
        return Set.of("zero", "one", "two", "few", "many").contains(selector);
    }
}
