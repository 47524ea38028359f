package org.kitabruecke.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.TeamOverview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The team's morning digest: how many requests came in since the last one (the first of them linked), how many wait
 * past their answer time, how many have nobody responsible — counted when the mail is written, so a digest delayed
 * by the mail server counts what waits when it arrives. A morning with nothing waiting says so: a silent mailbox
 * could also mean the digest is broken.
 */
@Component
class TeamDigestMail {

    private final TeamMailbox team;
    private final TeamOverview overview;
    private final SentMails sent;
    private final Translations translations;
    private final Formats formats;
    private final Clock clock;
    private final int listed;

    TeamDigestMail(TeamMailbox team, TeamOverview overview, SentMails sent, Translations translations,
                   Formats formats, Clock clock,
                   @Value("${kitabruecke.team.digest-listed:20}") int listed) {
        this.team = team;
        this.overview = overview;
        this.sent = sent;
        this.translations = translations;
        this.formats = formats;
        this.clock = clock;
        this.listed = listed;
    }

    @ApplicationModuleListener
    void on(TeamDigestDue due) {
        if (!team.isOn() || !sent.take(MailSubject.of(due).key())) {
            return;
        }
        TeamOverview.Summary summary = overview.summary(due.since(), due.until(), clock.instant(), listed);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("day", formats.day(due.day(), Locale.GERMAN));
        arguments.put("since", formats.dayAndTime(LocalDateTime.ofInstant(due.since(), clock.getZone()),
                Locale.GERMAN));
        arguments.put("received", summary.received());
        arguments.put("overdue", summary.overdue());
        arguments.put("unassigned", summary.unassigned());
        arguments.put("more", summary.received() - summary.firstReceived().size());
        arguments.put("links", summary.firstReceived().stream()
                .map(request -> request.referenceCode() + ": " + team.requestLink(request.id()))
                .collect(Collectors.joining("\n")));
        arguments.put("inboxUrl", team.inboxLink());
        team.send(translations.format(Locale.GERMAN, "staff.alert.digest.subject", arguments),
                translations.format(Locale.GERMAN,
                        summary.isQuiet() ? "staff.alert.digest.quiet" : "staff.alert.digest.body", arguments));
    }
}
