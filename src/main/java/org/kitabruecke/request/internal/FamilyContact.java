package org.kitabruecke.request.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.OptionalAnswer;

/**
 * How and when the team may reach a family, as the family said it: the part of a help request that retention erases
 * (phone, e-mail, call times) and the wishes that decide whether a mail may go out at all.
 */
@Embeddable
class FamilyContact {

    @Column(length = 20)
    private @Nullable PhoneNumber phone;

    @Column(length = EmailAddress.MAX)
    private @Nullable EmailAddress email;

    @Column(name = "contact_language", nullable = false, length = ContactLanguage.MAX)
    private ContactLanguage contactLanguage = ContactLanguage.of("de");

    @Column(name = "page_language", nullable = false, length = 8)
    private String pageLanguage = "de";

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(name = "call_times", length = NewHelpRequest.CALL_TIMES_MAX)
    private @Nullable String callTimes;

    @Enumerated(EnumType.STRING)
    @Column(name = "voicemail_ok", nullable = false, length = 12, columnDefinition = "varchar(12)")
    private OptionalAnswer voicemailOk = OptionalAnswer.NOT_ANSWERED;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_ok", nullable = false, length = 12, columnDefinition = "varchar(12)")
    private OptionalAnswer emailOk = OptionalAnswer.NOT_ANSWERED;

    protected FamilyContact() {
    }

    FamilyContact(NewHelpRequest submitted) {
        this.phone = submitted.phone();
        this.email = submitted.email();
        this.contactLanguage = submitted.contactLanguage();
        this.pageLanguage = submitted.pageLanguage();
        this.interpreterNeeded = submitted.interpreterNeeded();
        this.callTimes = submitted.callTimes() == null || submitted.callTimes().isBlank() ? null
                : submitted.callTimes().strip();
        this.voicemailOk = submitted.voicemailOk();
        this.emailOk = submitted.emailOk();
    }

    /** Where a mail may go, unless the family asked not to be written to by e-mail. */
    @Nullable EmailAddress mailAddress() {
        return emailOk == OptionalAnswer.NO ? null : email;
    }

    @Nullable PhoneNumber phone() {
        return phone;
    }

    @Nullable EmailAddress email() {
        return email;
    }

    ContactLanguage contactLanguage() {
        return contactLanguage;
    }

    String pageLanguage() {
        return pageLanguage;
    }

    boolean interpreterNeeded() {
        return interpreterNeeded;
    }

    @Nullable String callTimes() {
        return callTimes;
    }

    OptionalAnswer voicemailOk() {
        return voicemailOk;
    }

    OptionalAnswer emailOk() {
        return emailOk;
    }
}
