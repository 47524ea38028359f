package org.kitabruecke.request;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The secret that goes with a reference code: six digits, shown once on the confirmation page (and in the
 * confirmation mail), stored only as a hash. Lookups are rate-limited, so six digits are enough.
 */
public record Pin(String digits) {

    public Pin {
        if (!digits.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("A PIN has six digits");
        }
    }

    public static Pin random(RandomGenerator random) {
        return new Pin("%06d".formatted(random.nextInt(1_000_000)));
    }

    /** Digits only, whatever the parent typed around them (spaces, Arabic-Indic or Persian digits). */
    public static Optional<Pin> parse(String typed) {
        var digits = new StringBuilder();
        typed.codePoints().filter(Character::isDigit)
                .forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
        return digits.length() == 6 ? Optional.of(new Pin(digits.toString())) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Pin[******]";
    }
}
