package org.kitabruecke.i18n;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All texts of the portal in all languages, read from {@code translations/messages_<code>.properties} (UTF-8, ICU
 * MessageFormat). German is the default and the reference: a text missing in another language falls back to German
 * (a test makes sure none is missing).
 */
public final class Translations {

    public static final String DEFAULT_CODE = "de";
    private static final Pattern FILE_NAME = Pattern.compile("messages_([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\\.properties");

    private final Map<String, Map<String, String>> textsByLanguage;
    private final List<Language> languages;

    private Translations(Map<String, Map<String, String>> textsByLanguage) {
        if (!textsByLanguage.containsKey(DEFAULT_CODE)) {
            throw new IllegalStateException("translations/messages_de.properties is missing");
        }
        this.textsByLanguage = textsByLanguage;
        // German first, the others in a stable order by code
        this.languages = textsByLanguage.keySet().stream()
                .sorted(Comparator.comparing((String code) -> !code.equals(DEFAULT_CODE)).thenComparing(c -> c))
                .map(Language::of)
                .toList();
    }

    /** Reads every {@code translations/messages_*.properties} on the class path. */
    public static Translations fromClasspath() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:translations/messages_*.properties");
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            for (Resource file : files) {
                Matcher name = FILE_NAME.matcher(String.valueOf(file.getFilename()));
                if (name.matches()) {
                    texts.put(name.group(1), read(file));
                }
            }
            return new Translations(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
    }

    private static Map<String, String> read(Resource file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty));
    }

    public List<Language> languages() {
        return languages;
    }

    public Language defaultLanguage() {
        return languages.getFirst();
    }

    /** The supported language for a code or a locale's language, if there is one. */
    public Optional<Language> find(String code) {
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return languages.stream()
                .filter(l -> l.code().equals(normalized) || l.code().equals(normalized.split("-")[0]))
                .findFirst();
    }

    /**
     * The language to write to a family in: their contact language if the portal speaks it, else the language they
     * read the portal in, else German.
     */
    public Language forContact(String contactLanguage, String pageLanguage) {
        return find(contactLanguage).or(() -> find(pageLanguage)).orElse(defaultLanguage());
    }

    public Language languageOf(Locale locale) {
        return find(locale.toLanguageTag()).orElse(defaultLanguage());
    }

    /** The keys of one language's file, for the completeness test. */
    public Set<String> keys(Language language) {
        return textsByLanguage.get(language.code()).keySet();
    }

    /** The raw ICU pattern, falling back to German. */
    public Optional<String> pattern(Language language, String key) {
        return Optional.ofNullable(textsByLanguage.get(language.code()).get(key))
                .or(() -> Optional.ofNullable(textsByLanguage.get(DEFAULT_CODE).get(key)));
    }

    /**
     * Formats a text with named arguments, e.g. {@code format(locale, "start.hours.today", Map.of("day", day, "count", 2))}.
     * An unknown key yields a visible marker instead of an exception, so one slip never breaks a parent's page.
     */
    public String format(Locale locale, String key, Map<String, ?> arguments) {
        Language language = languageOf(locale);
        return pattern(language, key)
                .map(pattern -> new MessageFormat(pattern, ULocale.forLocale(language.locale())).format(arguments))
                .orElse("!" + key + "!");
    }

    /** The language's name in its own language and script: "Deutsch", "Türkçe", "العربية", "Українська". */
    public String nativeName(Language language) {
        ULocale own = ULocale.forLocale(language.locale());
        String name = LocaleDisplayNames.getInstance(own).localeDisplayName(own);
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }
}
