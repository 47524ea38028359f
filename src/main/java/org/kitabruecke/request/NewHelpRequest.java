package org.kitabruecke.request;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.ConsentRecord;

/**
 * What a family submits. The form checks each field and says what is wrong in the family's language; phone number,
 * e-mail address and language arrive as value objects that cannot be wrong, and this record guards the remaining rules
 * once more, because nothing may reach the database that the team cannot act on. What the family was not asked or did
 * not answer stays unanswered ({@code null}, {@link OptionalAnswer#NOT_ANSWERED}): the team must never read an
 * assumption as the family's word.
 *
 * @param children  {@code null} if the question was not asked
 * @param phone     as {@link PhoneNumber#parse} made it from what was typed
 * @param email     as {@link EmailAddress#parse} accepted it
 * @param callTimes free words such as "mornings", shown to the team as written; {@code null} if none were given
 * @param voicemailOk whether the team may leave a message on the family's voicemail
 * @param emailOk   whether the team may write e-mails (a confirmation mail is sent unless this is {@code NO})
 * @param consent   the consent text the family (or the Kita with the family) read and agreed to
 */
public record NewHelpRequest(
        RequestSource source,
        Set<Topic> topics,
        Urgency urgency,
        @Nullable Children children,
        @Nullable Long kitaId, @Nullable Long districtId,
        @Nullable PhoneNumber phone, @Nullable EmailAddress email,
        ContactLanguage contactLanguage, String pageLanguage,
        boolean interpreterNeeded, @Nullable String callTimes, OptionalAnswer voicemailOk, OptionalAnswer emailOk,
        @Nullable String freeText,
        ConsentRecord consent) {

    public static final int FREE_TEXT_MAX = 1000;
    public static final int CALL_TIMES_MAX = 200;
    public static final int CHILDREN_MAX = Children.MAX;

    public NewHelpRequest {
        topics = Set.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("At least one topic");
        }
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A phone number or an e-mail address is needed to answer");
        }
        if (phone == null && emailOk == OptionalAnswer.NO) {
            throw new IllegalArgumentException("No e-mails and no phone number leave the team no way to answer");
        }
        if (freeText != null && freeText.length() > FREE_TEXT_MAX) {
            throw new IllegalArgumentException("Free text longer than " + FREE_TEXT_MAX);
        }
        if (callTimes != null && callTimes.length() > CALL_TIMES_MAX) {
            throw new IllegalArgumentException("Call times longer than " + CALL_TIMES_MAX);
        }
    }
}
