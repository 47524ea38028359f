package org.kitabruecke;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;

/**
 * Help requests as tests submit them: {@link #aRequest()} starts from a parent's question about parenting with one
 * baby, district 2, in German, nothing else answered; a test names only what it is about.
 */
public final class HelpRequestFixtures {

    private HelpRequestFixtures() {
    }

    public static Builder aRequest() {
        return new Builder();
    }

    /** A parent's question about parenting, reachable at this address, read and written in this language. */
    public static NewHelpRequest byMail(String address, String language) {
        return aRequest().email(address).language(language).build();
    }

    /** Builds a {@link NewHelpRequest}; phone and e-mail are given as typed in tests, in E.164 and plain. */
    public static final class Builder {

        private RequestSource source = RequestSource.PARENT;
        private Set<Topic> topics = Set.of(Topic.PARENTING);
        private Urgency urgency = Urgency.QUESTION;
        private @Nullable Children children = new Children(1, 0, 0);
        private @Nullable Long kitaId;
        private @Nullable Long districtId = 2L;
        private @Nullable PhoneNumber phone;
        private @Nullable EmailAddress email;
        private String language = "de";
        private boolean interpreterNeeded;
        private @Nullable String callTimes;
        private OptionalAnswer voicemailOk = OptionalAnswer.NOT_ANSWERED;
        private OptionalAnswer emailOk = OptionalAnswer.NOT_ANSWERED;
        private @Nullable String freeText;
        private @Nullable ConsentRecord consent;

        private Builder() {
        }

        public Builder from(RequestSource source) {
            this.source = source;
            return this;
        }

        public Builder about(Topic... topics) {
            this.topics = Set.of(topics);
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder children(int underOne, int oneToThree, int threeToSix) {
            this.children = new Children(underOne, oneToThree, threeToSix);
            return this;
        }

        public Builder kita(long kitaId) {
            this.kitaId = kitaId;
            return this;
        }

        public Builder district(@Nullable Long districtId) {
            this.districtId = districtId;
            return this;
        }

        public Builder phone(@Nullable String e164) {
            this.phone = e164 == null ? null : new PhoneNumber(e164);
            return this;
        }

        public Builder email(@Nullable String address) {
            this.email = address == null ? null : new EmailAddress(address);
            return this;
        }

        /** The language to talk in, the page was read in and the consent was read in. */
        public Builder language(String code) {
            this.language = code;
            return this;
        }

        public Builder withInterpreter() {
            this.interpreterNeeded = true;
            return this;
        }

        public Builder callTimes(@Nullable String callTimes) {
            this.callTimes = callTimes;
            return this;
        }

        public Builder noVoicemail() {
            this.voicemailOk = OptionalAnswer.NO;
            return this;
        }

        public Builder noEmails() {
            this.emailOk = OptionalAnswer.NO;
            return this;
        }

        public Builder freeText(@Nullable String freeText) {
            this.freeText = freeText;
            return this;
        }

        /** The consent as shown; without it, a fixed fingerprint of the current texts in the request's language. */
        public Builder consent(ConsentRecord consent) {
            this.consent = consent;
            return this;
        }

        public NewHelpRequest build() {
            return new NewHelpRequest(source, topics, urgency, children, kitaId, districtId, phone, email,
                    ContactLanguage.of(language), language, interpreterNeeded, callTimes, voicemailOk, emailOk,
                    freeText, consent != null ? consent : new ConsentRecord(Consent.VERSION, language, "0123456789ab"));
        }
    }
}
