package org.kitabruecke.contact;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link ContactLanguage} as its code. */
@Converter(autoApply = true)
public class ContactLanguageConverter implements AttributeConverter<ContactLanguage, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable ContactLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public @Nullable ContactLanguage convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : new ContactLanguage(code);
    }
}
