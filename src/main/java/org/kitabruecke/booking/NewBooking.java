package org.kitabruecke.booking;


import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/**
 * What a parent books: a slot, how to reach them (phone and/or e-mail), the language to talk in, the interpreter's
 * language if one is needed, and an optional short topic.
 */
public record NewBooking(long locationId, LocalDateTime startsAt,
                         @Nullable PhoneNumber phone, @Nullable EmailAddress email,
                         ContactLanguage contactLanguage, String pageLanguage,
                         @Nullable String interpreterLanguage, @Nullable String topic) {

    public static final int TOPIC_MAX = 200;

    public NewBooking {
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed");
        }
        if (topic != null && topic.length() > TOPIC_MAX) {
            throw new IllegalArgumentException("Topic longer than " + TOPIC_MAX);
        }
    }
}
