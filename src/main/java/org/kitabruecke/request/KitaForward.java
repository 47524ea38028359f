package org.kitabruecke.request;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;

/**
 * What Kita staff forward for a family: what it is about, how urgent, how the team reaches the family and in which
 * language, and that the family agreed after reading the explanation (in {@code explanationLanguage}) together.
 */
public record KitaForward(Set<Topic> topics, Urgency urgency, @Nullable PhoneNumber phone,
                          @Nullable EmailAddress email, ContactLanguage contactLanguage, boolean interpreterNeeded, String explanationLanguage,
                          boolean familyAgreed) {

    public KitaForward {
        topics = Set.copyOf(topics);
    }
}
