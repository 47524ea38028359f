package org.kitabruecke.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The language the team talks or writes to a family in, as a language code: ISO 639 ({@code de}, {@code ar},
 * {@code ckb}), with a region where the language needs one ({@code fa-AF} for Dari). Stored in eight characters.
 */
public record ContactLanguage(@JsonValue String code) {

    public static final int MAX = 8;
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    public ContactLanguage {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a language code: " + code);
        }
    }

    public static ContactLanguage of(String code) {
        return new ContactLanguage(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
