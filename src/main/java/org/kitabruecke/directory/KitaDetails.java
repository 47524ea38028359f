package org.kitabruecke.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.contact.PostalAddress;

/**
 * A Kita as the admin edits or imports it. {@link #problems()} holds the rules both the form and the CSV import
 * check, so a Kita is refused for the same reasons wherever it comes from.
 */
public record KitaDetails(@Nullable Long id, String name, String street, String postcode, String city,
                          @Nullable String phone, @Nullable Long districtId, int version) {

    public static final int NAME_MAX = 160;
    public static final int STREET_MAX = 160;
    public static final int CITY_MAX = 80;
    public static final int PHONE_MAX = 40;

    public KitaDetails {
        name = name.strip();
        street = street.strip();
        postcode = postcode.strip();
        city = city.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    /** The fields in the order of the form. */
    public enum Field { NAME, STREET, POSTCODE, CITY, PHONE, DISTRICT }

    /** What is wrong, field by field, as translation keys ({@code admin.kita.error.*}); empty when all is well. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        required(problems, Field.NAME, name, NAME_MAX);
        required(problems, Field.STREET, street, STREET_MAX);
        if (postcode.isEmpty()) {
            problems.put(Field.POSTCODE, "admin.kita.error.required");
        } else if (!postcode.matches("[0-9]{5}")) {
            problems.put(Field.POSTCODE, "admin.kita.error.postcode");
        }
        required(problems, Field.CITY, city, CITY_MAX);
        if (phone != null && (phone.length() > PHONE_MAX || PhoneNumber.parse(phone).isEmpty())) {
            problems.put(Field.PHONE, "admin.kita.error.phone");
        }
        if (districtId == null) {
            problems.put(Field.DISTRICT, "admin.kita.error.district");
        }
        return problems;
    }

    /** A required text of limited length: the same rule, and message, for every form of the directory. */
    static <F> void required(Map<F, String> problems, F field, String value, int max) {
        if (value.isBlank()) {
            problems.put(field, "admin.kita.error.required");
        } else if (value.length() > max) {
            problems.put(field, "admin.kita.error.tooLong");
        }
    }

    /** Street, postcode and city, for showing the address. */
    public PostalAddress address() {
        return new PostalAddress(street, postcode, city);
    }
}
