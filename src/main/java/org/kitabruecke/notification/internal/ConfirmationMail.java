package org.kitabruecke.notification.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.HelpRequestSubmitted;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.MailContact;
import org.kitabruecke.request.Pin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms a help request by mail, in the family's contact language (else in the language the family read the portal in):
 * reference code, PIN, what happens next. Sent only after the request is stored; a failure leaves the event in the
 * publication registry for {@link MailRetry}. The PIN is looked up now and deleted with the sending transaction; a
 * confirmation sent after it was given up on (an admin's retry) says where the PIN was shown instead of repeating it.
 */
@Component
class ConfirmationMail {

    private final HelpRequests requests;
    private final SentMails sent;
    private final Translations translations;
    private final JavaMailSender mail;
    private final String from;
    private final String statusUrl;
    private final String teamPhone;

    ConfirmationMail(HelpRequests requests, SentMails sent, Translations translations, JavaMailSender mail,
                     @Value("${kitabruecke.mail.from}") String from,
                     @Value("${kitabruecke.public-url}") String publicUrl,
                     @Value("${kitabruecke.contacts.team-phone}") String teamPhone) {
        this.requests = requests;
        this.sent = sent;
        this.translations = translations;
        this.mail = mail;
        this.from = from;
        this.statusUrl = publicUrl.replaceAll("/+$", "") + "/status";
        this.teamPhone = teamPhone;
    }

    @ApplicationModuleListener
    void on(HelpRequestSubmitted submitted) {
        Optional<MailContact> contact = requests.mailContact(submitted.requestId());
        if (contact.isPresent() && sent.take(MailSubject.of(submitted).key())) {
            send(contact.get(), submitted, requests.pinForConfirmation(submitted.requestId()));
        }
        requests.forgetConfirmationPin(submitted.requestId());
    }

    private void send(MailContact contact, HelpRequestSubmitted submitted, Optional<Pin> pin) {
        Language language = translations.forContact(contact.language().code(), contact.pageLanguage());
        Map<String, Object> arguments = new HashMap<>(Map.of(
                "code", submitted.code().value(),
                "statusUrl", statusUrl,
                "phone", Formats.phoneNumber(teamPhone)));
        pin.ifPresent(digits -> arguments.put("pin", digits.digits()));
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(contact.address().value());
        message.setSubject(translations.format(language.locale(), "mail.confirmation.subject", arguments));
        message.setText(translations.format(language.locale(),
                pin.isPresent() ? "mail.confirmation.body" : "mail.confirmation.withoutPin.body", arguments));
        mail.send(message);
    }
}
