package org.kitabruecke.notification.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.staff.IssuedLink;
import org.kitabruecke.staff.PasswordLinkRequested;
import org.kitabruecke.staff.PasswordLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The set-password link for a staff account, in German (accounts have no language of their own), through the
 * outbox like every mail, each once ({@link SentMails}). The link's token is made while the mail is written
 * ({@link PasswordLinks#issue}), in its transaction: nothing usable waits in the outbox, and a mail that fails leaves
 * no working link. A link replaced by a newer one before its mail went out sends nothing.
 */
@Component
class PasswordLinkMail {

    private final PasswordLinks links;
    private final SentMails sent;
    private final Translations translations;
    private final JavaMailSender mail;
    private final String from;
    private final String publicUrl;
    private final ZoneId zone;

    PasswordLinkMail(PasswordLinks links, SentMails sent, Translations translations, JavaMailSender mail,
                     @Value("${kitabruecke.mail.from}") String from,
                     @Value("${kitabruecke.public-url}") String publicUrl, Clock clock) {
        this.links = links;
        this.sent = sent;
        this.translations = translations;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.zone = clock.getZone();
    }

    @ApplicationModuleListener
    void on(PasswordLinkRequested requested) {
        if (!sent.take(MailSubject.of(requested).key())) {
            return;
        }
        links.issue(requested.linkId()).ifPresent(this::send);
    }

    private void send(IssuedLink link) {
        Locale german = Locale.GERMAN;
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT,
                Language.gregorian(german));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        Map<String, Object> arguments = Map.of("name", link.displayName(), "username", link.username(),
                "link", publicUrl + "/set-password?token=" + link.token(),
                "until", format.format(Date.from(link.expiresAt())));
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(link.email());
        message.setSubject(translations.format(german, "accounts.mail.subject", arguments));
        message.setText(translations.format(german, "accounts.mail.body", arguments));
        mail.send(message);
    }
}
