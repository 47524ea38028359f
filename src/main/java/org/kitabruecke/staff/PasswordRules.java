package org.kitabruecke.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new staff password must be, after NIST SP 800-63B: long enough, not common, not the account's name — and
 * nothing else: any characters, spaces and emoji included, no rules of composition, no expiry. Passwords are compared
 * in Unicode normal form NFKC, so that the same password typed on another keyboard is the same.
 *
 * <p>The common passwords are zxcvbn's list of the 30,000 most frequent ones (MIT licence, Dropbox; shipped inside the
 * zxcvbn4j library on the class path), compared without regard to case.
 */
@Component
public class PasswordRules {

    /** Where zxcvbn4j keeps the list; {@code PasswordRulesTest} fails should a new version move it. */
    static final String COMMON_LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final int minLength;
    private final int maxLength;
    private final Set<String> common;

    PasswordRules(@Value("${kitabruecke.staff.password-min-length:12}") int minLength,
                  @Value("${kitabruecke.staff.password-max-length:256}") int maxLength) {
        this.minLength = minLength;
        this.maxLength = Math.max(maxLength, 128);
        this.common = load();
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The password as it is compared and hashed. */
    public static String normalized(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** What is wrong with this new password for this account, if anything. Length counts characters as seen. */
    public Optional<PasswordProblem> check(String password, String username) {
        String normalized = normalized(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < minLength) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > maxLength) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of(PasswordProblem.COMMON);
        }
        String name = normalized(username).toLowerCase(Locale.ROOT).strip();
        // the portal's name in any spelling: Kita-Brücke, kitabruecke, KITA BRUCKE
        String letters = lower.replaceAll("[^\\p{L}]", "").replace("ü", "ue");
        if ((!name.isEmpty() && lower.contains(name)) || letters.contains("kitabruecke")
                || letters.contains("kitabrucke")) {
            return Optional.of(PasswordProblem.CONTAINS_NAME);
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + COMMON_LIST);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(normalized(line.strip()).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
