package org.kitabruecke.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kitabruecke.booking.BookingCancelled;
import org.kitabruecke.booking.BookingConfirmed;
import org.kitabruecke.booking.BookingDetails;
import org.kitabruecke.booking.BookingReminderDue;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.booking.WaitlistOffer;
import org.kitabruecke.booking.WaitlistOfferMade;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about a booked consultation hour, in the family's contact language (else the page language): the
 * confirmation with a calendar invitation and the personal cancel link, the reminder the day before, and the
 * cancellation with the calendar entry's cancellation. Sent after the commit through the outbox, like every mail to
 * families, each once ({@link SentMails}). Personal links are made while the mail is written, in its transaction:
 * no token waits in the outbox, and a mail that fails leaves no working link behind.
 */
@Component
class BookingMail {

    private final Bookings bookings;
    private final Waitlist waitlist;
    private final SentMails sent;
    private final Translations translations;
    private final Formats formats;
    private final JavaMailSender mail;
    private final String from;
    private final String publicUrl;
    private final String teamPhone;
    /** The city's zone, which the calendar file's times are in (the bookings' times are city time). */
    private final ZoneId zone;

    BookingMail(Bookings bookings, Waitlist waitlist, SentMails sent, Translations translations, Formats formats,
                JavaMailSender mail, Clock clock,
                @Value("${kitabruecke.mail.from}") String from,
                @Value("${kitabruecke.public-url}") String publicUrl,
                @Value("${kitabruecke.contacts.team-phone}") String teamPhone) {
        this.bookings = bookings;
        this.zone = clock.getZone();
        this.waitlist = waitlist;
        this.sent = sent;
        this.translations = translations;
        this.formats = formats;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.teamPhone = teamPhone;
    }

    @ApplicationModuleListener
    void on(BookingConfirmed confirmed) throws MessagingException {
        var booking = bookings.details(confirmed.bookingId()).orElseThrow();
        if (booking.email() == null || !sent.take(MailSubject.of(confirmed).key())) {
            return;
        }
        Locale locale = languageOf(booking).locale();
        Map<String, Object> arguments = arguments(booking, locale, Map.of(
                "manageUrl", publicUrl + "/book/manage/" + bookings.newManageLink(booking.id())));
        String calendar = CalendarFile.invitation(booking, zone, text(locale, "calendar.summary", arguments),
                text(locale, "calendar.description", arguments), address(from), booking.email().value());
        send(booking.email().value(), text(locale, "mail.booking.subject", arguments),
                text(locale, "mail.booking.body", arguments), calendar, "REQUEST");
    }

    @ApplicationModuleListener
    void on(BookingReminderDue due) throws MessagingException {
        var booking = bookings.details(due.bookingId()).orElseThrow();
        if (booking.email() == null || !sent.take(MailSubject.of(due).key())) {
            return;
        }
        Locale locale = languageOf(booking).locale();
        Map<String, Object> arguments = arguments(booking, locale, Map.of(
                "manageUrl", publicUrl + "/book/manage/" + bookings.newManageLink(booking.id())));
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(booking.email().value());
        helper.setSubject(text(locale, "mail.booking.reminder.subject", arguments));
        helper.setText(text(locale, "mail.booking.reminder.body", arguments));
        mail.send(message);
    }

    @ApplicationModuleListener
    void on(WaitlistOfferMade made) throws MessagingException {
        WaitlistOffer offer = waitlist.offer(made.entryId()).orElse(null);
        if (offer == null || !sent.take(MailSubject.of(made).key())) {
            return; // the waiting-list entry is gone (past day), or the offer went out before
        }
        Optional<String> token = waitlist.newOfferLink(made.entryId());
        if (token.isEmpty()) {
            return; // taken or expired meanwhile: nothing left to offer
        }
        Locale locale = translations.forContact(offer.contactLanguage().code(), offer.pageLanguage()).locale();
        var arguments = new HashMap<String, Object>();
        arguments.put("day", formats.day(offer.slot().toLocalDate(), locale));
        arguments.put("time", formats.timeRange(offer.slot().toLocalDate(), offer.slot().toLocalTime(),
                offer.slotEnds().toLocalTime(), locale));
        arguments.put("place", offer.location().name());
        arguments.put("address", offer.location().address().oneLine());
        arguments.put("until", formats.dayAndTime(offer.holdUntil(), locale));
        arguments.put("offerUrl", publicUrl + "/book/offer/" + token.get());
        arguments.put("phone", Formats.phoneNumber(teamPhone));
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(offer.email().value());
        helper.setSubject(text(locale, "mail.waitlist.offer.subject", arguments));
        helper.setText(text(locale, "mail.waitlist.offer.body", arguments));
        mail.send(message);
    }

    @ApplicationModuleListener
    void on(BookingCancelled cancelled) throws MessagingException {
        var booking = bookings.details(cancelled.bookingId()).orElseThrow();
        if (booking.email() == null || !sent.take(MailSubject.of(cancelled).key())) {
            return;
        }
        Locale locale = languageOf(booking).locale();
        Map<String, Object> arguments = arguments(booking, locale, Map.of("bookUrl", publicUrl + "/book"));
        String calendar = CalendarFile.cancellation(booking, zone, text(locale, "calendar.summary", arguments),
                address(from), booking.email().value());
        send(booking.email().value(), text(locale, "mail.booking.cancelled.subject", arguments),
                text(locale, "mail.booking.cancelled.body", arguments), calendar, "CANCEL");
    }

    private void send(String to, String subject, String body, String calendar, String method)
            throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body);
        helper.addAttachment("termin.ics", new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)),
                "text/calendar; charset=UTF-8; method=" + method);
        mail.send(message);
    }

    private Map<String, Object> arguments(BookingDetails booking, Locale locale, Map<String, Object> more) {
        var arguments = new HashMap<String, Object>(more);
        arguments.put("day", formats.day(booking.startsAt().toLocalDate(), locale));
        arguments.put("time", formats.timeRange(booking.startsAt().toLocalDate(), booking.startsAt().toLocalTime(),
                booking.endsAt().toLocalTime(), locale));
        arguments.put("place", booking.location().name());
        arguments.put("address", booking.location().address().oneLine());
        arguments.put("code", booking.code().value());
        arguments.put("phone", Formats.phoneNumber(teamPhone));
        return arguments;
    }

    private Language languageOf(BookingDetails booking) {
        return translations.forContact(booking.contactLanguage().code(), booking.pageLanguage());
    }

    private String text(Locale locale, String key, Map<String, Object> arguments) {
        return translations.format(locale, key, arguments);
    }

    /** The plain address of "Team <team@example>". */
    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException invalid) {
            return from;
        }
    }
}
