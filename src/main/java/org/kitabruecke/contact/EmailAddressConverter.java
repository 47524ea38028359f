package org.kitabruecke.contact;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores an {@link EmailAddress} as written; erased addresses are {@code NULL}. */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable EmailAddress address) {
        return address == null ? null : address.value();
    }

    @Override
    public @Nullable EmailAddress convertToEntityAttribute(@Nullable String address) {
        return address == null ? null : new EmailAddress(address);
    }
}
