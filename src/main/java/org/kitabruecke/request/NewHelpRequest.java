package org.kitabruecke.request;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;

/**
 * What a family submits. The form checks each field and says what is wrong in the family's language; this record
 * guards the rules once more, because nothing may reach the database that the team cannot act on.
 *
 * @param phone    E.164 ({@code +4915112345678}), as {@link PhoneNumber#parse} made it from what was typed
 * @param email    as {@link EmailAddress#parse} accepted it
 * @param callTimes free words such as "mornings", shown to the team as written
 */
public record NewHelpRequest(
        RequestSource source,
        Set<Topic> topics,
        Urgency urgency,
        int children0To1, int children1To3, int children3To6,
        @Nullable Long kitaId, @Nullable Long districtId,
        @Nullable String phone, @Nullable String email,
        String contactLanguage, String pageLanguage,
        boolean interpreterNeeded, @Nullable String callTimes, boolean noVoicemail, boolean noEmail,
        @Nullable String freeText,
        String consentVersion) {

    public static final int FREE_TEXT_MAX = 1000;
    public static final int CALL_TIMES_MAX = 200;
    public static final int EMAIL_MAX = EmailAddress.MAX;
    public static final int CHILDREN_MAX = 9;

    public NewHelpRequest {
        topics = Set.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("At least one topic");
        }
        if (blank(phone) && blank(email)) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed to answer");
        }
        if (children0To1 < 0 || children1To3 < 0 || children3To6 < 0
                || children0To1 + children1To3 + children3To6 > CHILDREN_MAX) {
            throw new IllegalArgumentException("Children per age band out of range");
        }
        if (freeText != null && freeText.length() > FREE_TEXT_MAX) {
            throw new IllegalArgumentException("Free text longer than " + FREE_TEXT_MAX);
        }
        if (callTimes != null && callTimes.length() > CALL_TIMES_MAX) {
            throw new IllegalArgumentException("Call times longer than " + CALL_TIMES_MAX);
        }
        if (!blank(email) && EmailAddress.parse(email).isEmpty()) {
            throw new IllegalArgumentException("Not a usable e-mail address");
        }
        if (!blank(phone)) {
            new PhoneNumber(phone.strip()); // refuses anything but E.164
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
