package org.kitabruecke.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.TeamOverview;
import org.kitabruecke.request.UrgentRequestReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the team's mailbox at once that an urgent request came in: its code, since when it waits, and the link to
 * it — so that it does not sit unseen until someone looks into the inbox. Once per request ({@link SentMails}), also
 * when the outbox delivers the event again; a mail server that is down only delays it ({@link MailRetry}).
 */
@Component
class UrgentAlertMail {

    private final TeamMailbox team;
    private final TeamOverview overview;
    private final SentMails sent;
    private final Translations translations;
    private final Formats formats;
    private final Clock clock;

    UrgentAlertMail(TeamMailbox team, TeamOverview overview, SentMails sent, Translations translations,
                    Formats formats, Clock clock) {
        this.team = team;
        this.overview = overview;
        this.sent = sent;
        this.translations = translations;
        this.formats = formats;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(UrgentRequestReceived urgent) {
        if (!team.isOn()) {
            return;
        }
        // a request erased meanwhile (retention, the family's wish) is no longer waiting
        overview.request(urgent.requestId()).ifPresent(request -> {
            if (!sent.take(MailSubject.of(urgent).key())) {
                return;
            }
            LocalDateTime received = LocalDateTime.ofInstant(request.receivedAt(), clock.getZone());
            Map<String, Object> arguments = Map.of(
                    "code", request.referenceCode(),
                    "today", String.valueOf(received.toLocalDate().equals(LocalDate.now(clock))),
                    "day", formats.day(received.toLocalDate(), Locale.GERMAN),
                    "time", formats.time(received.toLocalDate(), received.toLocalTime(), Locale.GERMAN),
                    "link", team.requestLink(request.id()));
            team.send(translations.format(Locale.GERMAN, "staff.alert.urgent.subject", arguments),
                    translations.format(Locale.GERMAN, "staff.alert.urgent.body", arguments));
        });
    }
}
