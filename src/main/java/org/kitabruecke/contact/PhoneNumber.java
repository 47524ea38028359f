package org.kitabruecke.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;

/**
 * A phone number the team can call back, stored in E.164 ({@code +4915112345678}). Parents type numbers in every
 * way: with spaces, slashes, a leading 0 or +49, in Arabic-Indic digits; libphonenumber reads them all and refuses
 * what cannot be a real number.
 */
public record PhoneNumber(@JsonValue String e164) {

    /** Numbers without a country code are read as German ones. */
    public static final String DEFAULT_REGION = "DE";
    public static final int TYPED_MAX = 30;
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("Not an E.164 phone number");
        }
    }

    public static Optional<PhoneNumber> parse(String typed) {
        if (typed.isBlank() || typed.length() > TYPED_MAX) {
            return Optional.empty();
        }
        try {
            var number = NUMBERS.parse(typed, DEFAULT_REGION);
            return NUMBERS.isValidNumber(number)
                    ? Optional.of(new PhoneNumber(NUMBERS.format(number, PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** How the team dials it from Germany: national form for German numbers, international for all others. */
    public String forDialling() {
        try {
            var number = NUMBERS.parse(e164, DEFAULT_REGION);
            return NUMBERS.format(number, number.getCountryCode() == 49
                    ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException impossible) {
            return e164;
        }
    }
}
