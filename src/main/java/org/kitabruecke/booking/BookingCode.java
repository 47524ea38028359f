package org.kitabruecke.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code of a booking, e.g. {@code TB-7KQ-42M} ("Termin"): like a request's reference code, easy to read aloud on
 * the phone, without the look-alikes 0/O and 1/I.
 */
public record BookingCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("TB-[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}");

    public BookingCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a booking code: " + value);
        }
    }

    /** Reads a code as staff type it from a mail or a printout: any case, spaces or dashes anywhere. */
    public static Optional<BookingCode> parse(String typed) {
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–_.]", "");
        if (!compact.startsWith("TB") || compact.length() != 8) {
            return Optional.empty();
        }
        String candidate = "TB-" + compact.substring(2, 5) + "-" + compact.substring(5);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new BookingCode(candidate)) : Optional.empty();
    }

    static BookingCode random(RandomGenerator random) {
        var code = new StringBuilder("TB-");
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new BookingCode(code.toString());
    }
}
