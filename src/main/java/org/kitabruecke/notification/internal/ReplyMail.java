package org.kitabruecke.notification.internal;

import java.util.HashMap;
import java.util.Map;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.MailContact;
import org.kitabruecke.request.ReplyRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A social worker's answer from a template ({@code mail.reply.<template>.subject/body}), in the family's contact
 * language, else the language they read the portal in; with the reference code, the team's phone, and for a
 * referral the partner service's name, phone and address. Sent after the commit; retried by {@link MailRetry}.
 */
@Component
class ReplyMail {

    private final HelpRequests requests;
    private final Directory directory;
    private final Translations translations;
    private final JavaMailSender mail;
    private final String from;
    private final String publicUrl;
    private final String teamPhone;

    ReplyMail(HelpRequests requests, Directory directory, Translations translations, JavaMailSender mail,
              @Value("${kitabruecke.mail.from}") String from, @Value("${kitabruecke.public-url}") String publicUrl,
              @Value("${kitabruecke.contacts.team-phone}") String teamPhone) {
        this.requests = requests;
        this.directory = directory;
        this.translations = translations;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.teamPhone = teamPhone;
    }

    @ApplicationModuleListener
    void on(ReplyRequested reply) {
        requests.mailContact(reply.requestId()).ifPresent(contact -> send(contact, reply));
    }

    private void send(MailContact contact, ReplyRequested reply) {
        Language language = translations.find(contact.language())
                .or(() -> translations.find(contact.pageLanguage()))
                .orElse(translations.defaultLanguage());
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("code", requests.referenceCodeForMail(reply.requestId()));
        arguments.put("phone", Formats.phoneNumber(teamPhone));
        arguments.put("bookUrl", publicUrl + "/book?lang=" + language.code());
        arguments.put("statusUrl", publicUrl + "/status");
        if (reply.partnerServiceId() != null) {
            directory.service(reply.partnerServiceId()).ifPresent(service -> {
                arguments.put("service", service.name());
                arguments.put("servicePhone", Formats.phoneNumber(service.phone()));
                arguments.put("serviceAddress", service.street() + ", " + service.postcode() + " " + service.city());
            });
        }
        String key = "mail.reply." + reply.template().name();
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(contact.address());
        message.setSubject(translations.format(language.locale(), key + ".subject", arguments));
        message.setText(translations.format(language.locale(), key + ".body", arguments));
        mail.send(message);
    }
}
