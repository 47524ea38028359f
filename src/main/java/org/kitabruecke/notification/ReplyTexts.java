package org.kitabruecke.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.MailContact;
import org.kitabruecke.request.ReplyTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The words of a reply as the family will read them: in their contact language (else the language they read the
 * portal in), with the reference code, the team's phone and, for a referral, the partner service. The mail that is
 * sent and the preview the social worker sees before sending come from here, so they cannot differ.
 */
@Service
public class ReplyTexts {

    private final HelpRequests requests;
    private final Directory directory;
    private final Translations translations;
    private final String publicUrl;
    private final String teamPhone;

    ReplyTexts(HelpRequests requests, Directory directory, Translations translations,
               @Value("${kitabruecke.public-url}") String publicUrl,
               @Value("${kitabruecke.contacts.team-phone}") String teamPhone) {
        this.requests = requests;
        this.directory = directory;
        this.translations = translations;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.teamPhone = teamPhone;
    }

    /** A mail's subject and body, and the language code it is written in. */
    public record Text(String to, String language, String subject, String body) {
    }

    /** The reply, if the family can be written to. */
    public Optional<Text> of(long requestId, ReplyTemplate template, @Nullable Long partnerServiceId) {
        return requests.mailContact(requestId).map(contact -> text(contact, requestId, template, partnerServiceId));
    }

    private Text text(MailContact contact, long requestId, ReplyTemplate template, @Nullable Long serviceId) {
        Language language = translations.forContact(contact.language().code(), contact.pageLanguage());
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("code", requests.referenceCodeForMail(requestId));
        arguments.put("phone", Formats.phoneNumber(teamPhone));
        arguments.put("bookUrl", publicUrl + "/book?lang=" + language.code());
        arguments.put("statusUrl", publicUrl + "/status");
        arguments.put("service", "–");
        arguments.put("servicePhone", "–");
        arguments.put("serviceAddress", "–");
        if (serviceId != null) {
            directory.service(serviceId).ifPresent(service -> {
                arguments.put("service", service.name());
                arguments.put("servicePhone", Formats.phoneNumber(service.phone()));
                arguments.put("serviceAddress", service.address().oneLine());
            });
        }
        String key = "mail.reply." + template.name();
        return new Text(contact.address().value(), language.code(),
                translations.format(language.locale(), key + ".subject", arguments),
                translations.format(language.locale(), key + ".body", arguments));
    }
}
