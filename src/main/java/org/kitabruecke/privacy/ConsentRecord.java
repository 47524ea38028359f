package org.kitabruecke.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which consent text a family agreed to, stored with its request: the version of the texts, the language it was
 * read in, and a fingerprint of exactly the words shown (the first {@value #FINGERPRINT_LENGTH} hex digits of their
 * SHA-256), so that the text can be told apart from any other even where a version was named carelessly.
 *
 * @param fingerprint {@code null} only for requests stored before fingerprints were recorded (decision 0010)
 */
public record ConsentRecord(String version, String language, @Nullable String fingerprint) {

    public static final int VERSION_MAX = 20;
    public static final int LANGUAGE_MAX = 8;
    public static final int FINGERPRINT_LENGTH = 12;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + FINGERPRINT_LENGTH + "}");

    public ConsentRecord {
        if (version.isBlank() || version.length() > VERSION_MAX) {
            throw new IllegalArgumentException("A consent version has 1 to " + VERSION_MAX + " characters");
        }
        if (language.isBlank() || language.length() > LANGUAGE_MAX) {
            throw new IllegalArgumentException("Not a language code: " + language);
        }
        if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("Not a consent fingerprint: " + fingerprint);
        }
    }

    /** The record of a text as shown: its paragraphs in reading order, exactly as the reader saw them. */
    static ConsentRecord of(String version, String language, List<String> shownTexts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", shownTexts).getBytes(StandardCharsets.UTF_8));
            return new ConsentRecord(version, language,
                    HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_LENGTH));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
