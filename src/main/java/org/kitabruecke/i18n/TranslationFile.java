package org.kitabruecke.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One {@code messages_<code>.properties} file: its texts and, from the comment line right above each key, the key's
 * review state. {@code # de:1a2b3c4d unreviewed} says the text was translated from the German text with that
 * fingerprint and that no person has reviewed it yet; a reviewer deletes the word "unreviewed".
 *
 * @param texts      key to ICU pattern
 * @param sources    key to the fingerprint of the German text it was translated from, where the file records one
 * @param unreviewed keys translated with software help and not yet reviewed by a person
 */
record TranslationFile(Map<String, String> texts, Map<String, String> sources, Set<String> unreviewed) {

    private static final Pattern SOURCE = Pattern.compile("\\bde:([0-9a-f]{8})\\b");
    private static final Pattern UNREVIEWED = Pattern.compile("\\bunreviewed\\b");

    static TranslationFile parse(String content) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(content));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        Map<String, String> sources = new HashMap<>();
        Set<String> unreviewed = new java.util.HashSet<>();
        String comment = "";
        boolean continued = false;
        for (String line : content.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (continued) {
                continued = endsWithOddBackslashes(trimmed);
            } else if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
                comment += " " + trimmed;
            } else if (trimmed.isEmpty()) {
                comment = "";
            } else {
                String key = keyOf(trimmed);
                Matcher source = SOURCE.matcher(comment);
                if (source.find()) {
                    sources.put(key, source.group(1));
                }
                if (UNREVIEWED.matcher(comment).find()) {
                    unreviewed.add(key);
                }
                comment = "";
                continued = endsWithOddBackslashes(trimmed);
            }
        }
        return new TranslationFile(Map.copyOf(texts), Map.copyOf(sources), Set.copyOf(unreviewed));
    }

    /** The fingerprint of a German text: a translation records it, so a changed German text shows up as stale. */
    static String fingerprint(String germanText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(germanText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String keyOf(String line) {
        int end = 0;
        while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
            end += line.charAt(end) == '\\' ? 2 : 1;
        }
        return line.substring(0, Math.min(end, line.length()));
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    @Nullable String source(String key) {
        return sources.get(key);
    }
}
