package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a parent books: a slot, how to reach them (E.164 phone and/or e-mail, checked by the form), the language to
 * talk in, the interpreter's language if one is needed, and an optional short topic.
 */
public record NewBooking(long locationId, LocalDateTime startsAt,
                         @Nullable String phone, @Nullable String email,
                         String contactLanguage, String pageLanguage,
                         @Nullable String interpreterLanguage, @Nullable String topic) {

    public static final int TOPIC_MAX = 200;

    public NewBooking {
        if ((phone == null || phone.isBlank()) && (email == null || email.isBlank())) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed");
        }
        if (phone != null && !phone.isBlank() && !phone.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("Phone numbers are stored in E.164");
        }
        if (topic != null && topic.length() > TOPIC_MAX) {
            throw new IllegalArgumentException("Topic longer than " + TOPIC_MAX);
        }
    }
}
