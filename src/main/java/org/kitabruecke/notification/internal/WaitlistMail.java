package org.kitabruecke.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import org.kitabruecke.booking.WaitingParent;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.booking.WaitlistJoined;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail that confirms a place on a full day's waiting list — or, when the address was waiting already, says so.
 * Only the address's owner learns which: the page answers the same either way, since "you are already on the list"
 * would tell anyone who types a known address that this family asked for help. In the family's contact language as
 * stored with their entry, through the outbox after the commit, each attempt's mail once ({@link SentMails}).
 */
@Component
class WaitlistMail {

    private final Waitlist waitlist;
    private final SentMails sent;
    private final Translations translations;
    private final Formats formats;
    private final JavaMailSender mail;
    private final String from;
    private final String teamPhone;

    WaitlistMail(Waitlist waitlist, SentMails sent, Translations translations, Formats formats, JavaMailSender mail,
                 @Value("${kitabruecke.mail.from}") String from,
                 @Value("${kitabruecke.contacts.team-phone}") String teamPhone) {
        this.waitlist = waitlist;
        this.sent = sent;
        this.translations = translations;
        this.formats = formats;
        this.mail = mail;
        this.from = from;
        this.teamPhone = teamPhone;
    }

    @ApplicationModuleListener
    void on(WaitlistJoined joined) throws MessagingException {
        WaitingParent parent = waitlist.waiting(joined.entryId()).orElse(null);
        if (parent == null || !sent.take(MailSubject.of(joined).key())) {
            return; // offered a place meanwhile (that mail says more), or this mail went out before
        }
        Locale locale = translations.forContact(parent.contactLanguage().code(), parent.pageLanguage()).locale();
        var arguments = new HashMap<String, Object>();
        arguments.put("day", formats.day(parent.day(), locale));
        arguments.put("place", parent.location().name());
        arguments.put("address", parent.location().address().oneLine());
        arguments.put("phone", Formats.phoneNumber(teamPhone));
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(parent.email().value());
        helper.setSubject(translations.format(locale,
                joined.again() ? "mail.waitlist.already.subject" : "mail.waitlist.joined.subject", arguments));
        helper.setText(translations.format(locale,
                joined.again() ? "mail.waitlist.already.body" : "mail.waitlist.joined.body", arguments));
        mail.send(message);
    }
}
