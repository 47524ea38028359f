package org.kitabruecke.directory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.contact.PostalAddress;
import org.kitabruecke.i18n.Translations;

/**
 * A service families are referred to: a counselling centre, a family centre, the Job-Center … with how to reach it,
 * when it is open, the languages spoken there, the topics it helps with, and a short description per portal language
 * (language code to text). A service without a district serves the whole city.
 */
public record PartnerService(@Nullable Long id, String name, ServiceKind kind, String street, String postcode,
                             String city, String phone, @Nullable String email, @Nullable Long districtId,
                             @Nullable String districtName, List<String> languages, Set<Topic> topics,
                             List<OpeningHours> hours, Map<String, String> descriptions, int version) {

    public static final int NAME_MAX = 160;
    public static final int DESCRIPTION_MAX = 600;

    public PartnerService {
        languages = List.copyOf(languages);
        topics = Set.copyOf(topics);
        hours = hours.stream().sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                .toList();
        descriptions = Map.copyOf(descriptions);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** The fields of the admin form that can be wrong. */
    public enum Field { NAME, STREET, POSTCODE, CITY, PHONE, EMAIL, LANGUAGES, TOPICS, DESCRIPTION }

    /**
     * What is wrong, field by field, as translation keys; empty when all is well. The German description is required:
     * it is what every reader gets whose language is still missing.
     */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        KitaDetails.required(problems, Field.NAME, name, NAME_MAX);
        KitaDetails.required(problems, Field.STREET, street, KitaDetails.STREET_MAX);
        if (!postcode.strip().matches("[0-9]{5}")) {
            problems.put(Field.POSTCODE, "admin.kita.error.postcode");
        }
        KitaDetails.required(problems, Field.CITY, city, KitaDetails.CITY_MAX);
        if (phone.length() > KitaDetails.PHONE_MAX || PhoneNumber.parse(phone).isEmpty()) {
            problems.put(Field.PHONE, "admin.kita.error.phone");
        }
        if (email != null && EmailAddress.parse(email).isEmpty()) {
            problems.put(Field.EMAIL, "admin.service.error.email");
        }
        if (languages.isEmpty()) {
            problems.put(Field.LANGUAGES, "admin.service.error.languages");
        }
        if (topics.isEmpty()) {
            problems.put(Field.TOPICS, "admin.service.error.topics");
        }
        if (descriptions.getOrDefault(Translations.DEFAULT_CODE, "").isBlank()) {
            problems.put(Field.DESCRIPTION, "admin.service.error.german");
        } else if (descriptions.values().stream().anyMatch(text -> text.length() > DESCRIPTION_MAX)) {
            problems.put(Field.DESCRIPTION, "admin.kita.error.tooLong");
        }
        return problems;
    }

    /** Whether it is meant for families in this district: its own district, or the whole city. */
    public boolean serves(long district) {
        return districtId == null || districtId == district;
    }

    /**
     * The description in the reader's language with the language it is written in, else the German one (the team
     * writes German first), else none.
     */
    public Optional<Description> description(Locale locale) {
        String code = locale.getLanguage();
        return Optional.ofNullable(descriptions.get(code)).map(text -> new Description(code, text))
                .or(() -> Optional.ofNullable(descriptions.get(Translations.DEFAULT_CODE))
                        .map(text -> new Description(Translations.DEFAULT_CODE, text)));
    }

    /** A description and the language code it is written in. */
    public record Description(String language, String text) {
    }

    /** Street, postcode and city, for showing the address. */
    public PostalAddress address() {
        return new PostalAddress(street, postcode, city);
    }
}
