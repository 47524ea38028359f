package org.kitabruecke.i18n;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All texts of the portal in all languages, read from {@code translations/messages_<code>.properties} (UTF-8, ICU
 * MessageFormat). German is the default and the reference: a text missing in another language falls back to German
 * (a test makes sure none is missing). An easy-to-read variant (Leichte Sprache, {@code de-x-ls}) covers what parents
 * read and falls back to its base language on staff pages.
 */
public final class Translations {

    public static final String DEFAULT_CODE = "de";
    private static final Pattern FILE_NAME = Pattern.compile("messages_([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\.properties");
    /** Other codes for a language families' phones or staff may send: Dari (ISO 639-3 prs), Kurmanji (kmr). */
    private static final Map<String, String> ALIASES = Map.of("prs", "fa-af", "kmr", "ku", "pbu", "ps", "pes", "fa");
    /**
     * The key groups parents read: pages, consent, mails and calendar entries. An easy-to-read variant must have them
     * all; staff pages (inbox, admin, ...) fall back to the base language.
     */
    public static final Set<String> PARENT_KEY_GROUPS = Set.of("app", "layout", "start", "help", "book", "contacts",
            "services", "place", "status", "emergency", "privacy", "flow", "notFound", "calendar", "mail", "datepicker",
            "readAloud");

    private final Map<String, TranslationFile> files;
    private final List<Language> languages;

    private Translations(Map<String, TranslationFile> files) {
        if (!files.containsKey(DEFAULT_CODE)) {
            throw new IllegalStateException("translations/messages_de.properties is missing");
        }
        this.files = Map.copyOf(files);
        // German first, then its easy-to-read variant, the others in a stable order by code
        this.languages = files.keySet().stream()
                .sorted(Comparator.comparing((String code) -> !code.equals(DEFAULT_CODE))
                        .thenComparing(code -> !code.startsWith(DEFAULT_CODE + "-"))
                        .thenComparing(code -> code))
                .map(Language::of)
                .toList();
    }

    /** Reads every {@code translations/messages_*.properties} on the class path. */
    public static Translations fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:translations/messages_*.properties");
            Map<String, TranslationFile> files = new LinkedHashMap<>();
            for (Resource file : resources) {
                Matcher name = FILE_NAME.matcher(String.valueOf(file.getFilename()));
                if (name.matches()) {
                    files.put(name.group(1), TranslationFile.parse(file.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
            return new Translations(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
    }

    /** Languages from file contents, language code to the text of its properties file (for tests). */
    static Translations of(Map<String, String> contents) {
        Map<String, TranslationFile> files = new LinkedHashMap<>();
        contents.forEach((code, content) -> files.put(code, TranslationFile.parse(content)));
        return new Translations(files);
    }

    public List<Language> languages() {
        return languages;
    }

    public Language defaultLanguage() {
        return languages.getFirst();
    }

    /**
     * The supported language for a code or a locale's language tag, if there is one: {@code fa-AF} and {@code prs} find
     * Dari, {@code fa-IR} finds Farsi, {@code de-AT} finds German (never Leichte Sprache, which only an explicit choice
     * gives). Case does not matter: browsers send {@code fa-af} as well as {@code fa-AF}.
     */
    public Optional<Language> find(String code) {
        String tag = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String wanted = ALIASES.getOrDefault(tag, tag);
        return exactly(wanted)
                .or(() -> wanted.contains("-") ? exactly(ALIASES.getOrDefault(primary(wanted), primary(wanted)))
                        : Optional.empty());
    }

    private Optional<Language> exactly(String lowerCaseCode) {
        return languages.stream().filter(l -> l.code().toLowerCase(Locale.ROOT).equals(lowerCaseCode)).findFirst();
    }

    private static String primary(String tag) {
        return tag.split("-")[0];
    }

    /**
     * The language to write to a family in: their contact language if the portal speaks it (in Leichte Sprache if they
     * read the portal so), else the language they read the portal in, else German.
     */
    public Language forContact(String contactLanguage, String pageLanguage) {
        Optional<Language> page = find(pageLanguage);
        Optional<Language> contact = find(contactLanguage);
        if (page.isPresent() && page.get().isEasyReading()
                && contact.map(c -> c.code().equals(page.get().baseCode())).orElse(false)) {
            return page.get();
        }
        return contact.or(() -> page).orElse(defaultLanguage());
    }

    public Language languageOf(Locale locale) {
        return find(locale.toLanguageTag()).orElse(defaultLanguage());
    }

    /** The keys of one language's file, for the completeness test. */
    public Set<String> keys(Language language) {
        return files.get(language.code()).texts().keySet();
    }

    /** The raw ICU pattern, falling back to the base language (for Leichte Sprache), then German. */
    public Optional<String> pattern(Language language, String key) {
        return Optional.ofNullable(files.get(language.code()).texts().get(key))
                .or(() -> Optional.ofNullable(files.getOrDefault(language.baseCode(), files.get(DEFAULT_CODE))
                        .texts().get(key)))
                .or(() -> Optional.ofNullable(files.get(DEFAULT_CODE).texts().get(key)));
    }

    /**
     * Formats a text with named arguments, e.g. {@code format(locale, "start.hours.today", Map.of("day", day, "count", 2))}.
     * An unknown key yields a visible marker instead of an exception, so one slip never breaks a parent's page.
     */
    public String format(Locale locale, String key, Map<String, ?> arguments) {
        Language language = languageOf(locale);
        return pattern(language, key)
                .map(pattern -> new MessageFormat(pattern, language.formattingLocale()).format(arguments))
                .map(text -> language.isRightToLeft() ? Bidi.latinInBrackets(text) : text)
                .orElse("!" + key + "!");
    }

    /** The language's name in its own language and script: "Deutsch", "Türkçe", "العربية", "دری", "Leichte Sprache". */
    public String nativeName(Language language) {
        return LanguageNames.own(language.code());
    }

    /** The keys a language must have: all of German's, or for an easy-to-read variant those parents read. */
    public Set<String> requiredKeys(Language language) {
        Set<String> german = keys(defaultLanguage());
        if (!language.isEasyReading()) {
            return german;
        }
        Set<String> required = new TreeSet<>();
        german.stream().filter(key -> PARENT_KEY_GROUPS.contains(key.substring(0, Math.max(0, key.indexOf('.')))))
                .forEach(required::add);
        return required;
    }

    /**
     * Where a language's translation stands: keys it lacks, keys whose German text changed since they were translated
     * (or that never recorded which German text they came from), keys no person has reviewed yet.
     */
    public TranslationReview review(Language language) {
        TranslationFile file = files.get(language.code());
        Map<String, String> german = files.get(DEFAULT_CODE).texts();
        Set<String> missing = new TreeSet<>(requiredKeys(language));
        missing.removeAll(file.texts().keySet());
        Set<String> stale = new TreeSet<>();
        if (!language.code().equals(DEFAULT_CODE)) {
            file.texts().keySet().stream().filter(german::containsKey)
                    .filter(key -> !TranslationFile.fingerprint(german.get(key)).equals(file.source(key)))
                    .forEach(stale::add);
        }
        Set<String> unreviewed = new TreeSet<>(file.unreviewed());
        unreviewed.retainAll(file.texts().keySet());
        return new TranslationReview(language, file.texts().size(), missing, stale, unreviewed);
    }
}
