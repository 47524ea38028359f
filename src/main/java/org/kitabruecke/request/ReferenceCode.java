package org.kitabruecke.request;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code a family quotes on the phone, e.g. {@code KB-7KQ-42M}: six characters from an alphabet without the
 * look-alikes 0/O and 1/I, grouped in threes so it can be read aloud. About 10⁹ codes: guessing one is hopeless,
 * and the status lookup needs the PIN as well.
 */
public record ReferenceCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("KB-[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}");

    public ReferenceCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a reference code: " + value);
        }
    }

    public static ReferenceCode random(RandomGenerator random) {
        var code = new StringBuilder("KB-");
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReferenceCode(code.toString());
    }

    /**
     * Reads what a parent typed: any case, spaces or dashes anywhere, with or without "KB", digits in any script (a
     * Dari or Arabic keyboard types ۷ for 7).
     */
    public static Optional<ReferenceCode> parse(String typed) {
        var ascii = new StringBuilder();
        typed.codePoints().forEach(c -> ascii.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        String compact = ascii.toString().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–_.]", "");
        if (compact.startsWith("KB")) {
            compact = compact.substring(2);
        }
        if (compact.length() != 6) {
            return Optional.empty();
        }
        String candidate = "KB-" + compact.substring(0, 3) + "-" + compact.substring(3);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new ReferenceCode(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
