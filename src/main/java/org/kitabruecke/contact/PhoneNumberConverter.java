package org.kitabruecke.contact;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link PhoneNumber} in E.164; erased numbers are {@code NULL}. */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable PhoneNumber number) {
        return number == null ? null : number.e164();
    }

    @Override
    public @Nullable PhoneNumber convertToEntityAttribute(@Nullable String e164) {
        return e164 == null ? null : new PhoneNumber(e164);
    }
}
