package org.kitabruecke.booking;

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
