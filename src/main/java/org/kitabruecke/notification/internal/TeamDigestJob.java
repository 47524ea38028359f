package org.kitabruecke.notification.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.booking.ConsultationHours;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each working morning ({@code kitabruecke.team.digest-cron}, city time; Monday to Friday, not on a day the city
 * closed every consultation place) queues the team's digest: a row in {@code team_digest} marks the day done and
 * says where the next digest's "new since" starts, and in the same transaction the event that the outbox turns into
 * the mail ({@link TeamDigestMail}). The first digest ever covers the 24 hours before it.
 */
@Component
class TeamDigestJob {

    private final TeamMailbox team;
    private final ConsultationHours hours;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TeamDigestJob(TeamMailbox team, ConsultationHours hours, JdbcTemplate jdbc, ApplicationEventPublisher events,
                  Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.team = team;
        this.hours = hours;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${kitabruecke.team.digest-cron:0 30 7 * * MON-FRI}", zone = "${kitabruecke.zone:Europe/Berlin}")
    @SchedulerLock(name = "team-digest")
    void queueDigest() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (team.isOn() && isWorkingDay(today)) {
            transactions.executeWithoutResult(tx -> queue(today, now));
        }
    }

    private void queue(LocalDate today, Instant now) {
        Timestamp last = jdbc.queryForObject("SELECT MAX(covers_until) FROM team_digest WHERE covers_until <= ?",
                Timestamp.class, Timestamp.from(now));
        Instant since = last != null ? last.toInstant() : now.minus(Duration.ofDays(1));
        // a second run on the same day (another node, a restart) finds the day taken and queues nothing
        if (jdbc.update("INSERT IGNORE INTO team_digest (digest_day, covers_from, covers_until) VALUES (?, ?, ?)",
                Date.valueOf(today), Timestamp.from(since), Timestamp.from(now)) == 1) {
            events.publishEvent(new TeamDigestDue(today, since, now));
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !hours.isClosedEverywhere(day);
    }
}
