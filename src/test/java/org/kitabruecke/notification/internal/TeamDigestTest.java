package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.TeamOverview;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The team's morning digest (real SMTP in the test JVM): counts of new, overdue and unassigned requests and links,
 * never a family's data; only on working days. The test days lie in 2031, where no other test puts requests; the
 * overdue and unassigned requests of other tests and the demo data are counted as they stood before ours came in.
 */
@IntegrationTest
@WithMailbox
class TeamDigestTest {

    static final LocalDateTime MONDAY = LocalDateTime.of(2031, 3, 3, 7, 30);
    static final LocalDateTime TUESDAY = LocalDateTime.of(2031, 3, 4, 7, 30);

    @Autowired
    TeamDigestJob job;

    @Autowired
    HelpRequests requests;

    @Autowired
    Casework casework;

    @Autowired
    TeamOverview overview;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Value("${kitabruecke.team.mailbox}")
    String team;

    @Value("${kitabruecke.public-url}")
    String publicUrl;

    @Value("${kitabruecke.team.digest-cron}")
    String cron;

    Mailbox mailbox;

    @AfterEach
    void stopMailServer() {
        clock.followRealTime();
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void theDigestCountsNewOverdueAndUnassignedRequestsAndLinksTheNewOnes() throws Exception {
        digestAt(MONDAY);
        awaitDigest("Montag, 3. März");
        clock.setCityTime(TUESDAY);
        TeamOverview.Summary before = overview.summary(at(MONDAY), at(TUESDAY), at(TUESDAY), 20);
        assertThat(before.received()).as("nobody else's requests in 2031").isZero();

        long lastWeek = submit(LocalDateTime.of(2031, 2, 28, 8, 0), Urgency.QUESTION, "+4915112399801");
        long question = submit(MONDAY.withHour(9), Urgency.QUESTION, "+4915112399802");
        long taken = submit(MONDAY.withHour(10), Urgency.SOON, "+4915112399803");
        long urgent = submit(MONDAY.withHour(12), Urgency.URGENT, "+4915112399804");
        clock.setCityTime(MONDAY.withHour(11));
        casework.assignToMe(taken, casework.details(taken).version());

        digestAt(TUESDAY);
        MimeMessage mail = awaitDigest("Dienstag, 4. März");
        int overdue = before.overdue() + 2; // last week's question (over 2 days), the urgent one (over 4 hours)
        int unassigned = before.unassigned() + 3;
        assertThat(mail.getSubject()).isEqualTo("Übersicht Dienstag, 4. März: 3 neu, " + german(overdue)
                + " überfällig, " + german(unassigned) + " ohne Zuständige");
        String text = Mailbox.text(mail);
        assertThat(text).contains("seit der letzten Übersicht (Montag, 3. März um 07:30)", "Neu eingegangen: 3",
                "Überfällig (länger ohne Antwort als vorgesehen): " + german(overdue),
                "Ohne Zuständige: " + german(unassigned));
        assertThat(text).containsSubsequence(link(question), link(taken), link(urgent))
                .doesNotContain(link(lastWeek))
                .containsPattern(java.util.regex.Pattern.quote(publicUrl + "/staff") + "\\R");
        assertThat(text).as("counts and links only").doesNotContain("+49151123998", "4915112399", "Miete",
                "@example.org");
    }

    @Test
    void theDigestGoesOutOnWorkingDaysOnlyNotOnWeekendsAndHolidays() throws Exception {
        assertThat(CronExpression.parse(cron).next(LocalDateTime.of(2031, 3, 7, 7, 31)))
                .as("from Friday after the digest to Monday morning").isEqualTo(LocalDateTime.of(2031, 3, 10, 7, 30));
        jdbc.update("INSERT INTO consultation_closure (location_id, closed_on, reason) VALUES (NULL, '2031-03-12', "
                + "'Testfeiertag')");
        try {
            digestAt(LocalDateTime.of(2031, 3, 8, 7, 30)); // Saturday
            digestAt(LocalDateTime.of(2031, 3, 12, 7, 30)); // a holiday the city entered for every place
        } finally {
            jdbc.update("DELETE FROM consultation_closure WHERE closed_on = '2031-03-12'");
        }
        digestAt(LocalDateTime.of(2031, 3, 13, 7, 30));

        awaitDigest("Donnerstag, 13. März");
        awaitDigestsSettled();
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(team)).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.startsWith("Übersicht"))
                .noneMatch(subject -> subject.contains("Samstag") || subject.contains("12. März")));
        assertThat(jdbc.queryForList("SELECT digest_day FROM team_digest WHERE digest_day BETWEEN '2031-03-08' AND "
                + "'2031-03-12'")).isEmpty();
    }

    @Test
    void aSecondRunOnTheSameDaySendsNoSecondDigest() throws Exception {
        LocalDateTime friday = LocalDateTime.of(2031, 3, 21, 7, 30);
        digestAt(friday);
        digestAt(friday.plusMinutes(5));
        awaitDigest("Freitag, 21. März");
        digestAt(LocalDateTime.of(2031, 3, 24, 7, 30));
        awaitDigest("Montag, 24. März");
        awaitDigestsSettled();
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(team)).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("Freitag, 21. März")).hasSize(1));
    }

    private void digestAt(LocalDateTime cityTime) {
        clock.setCityTime(cityTime);
        job.queueDigest();
    }

    /** Every digest queued so far is sent or given up on: one queued twice would be with the mail server now. */
    private void awaitDigestsSettled() {
        Outbox.awaitSettled(jdbc, "TeamDigestMail", "");
    }

    private MimeMessage awaitDigest(String day) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.mailsTo(team).stream()
                .anyMatch(mail -> isDigestOf(mail, day)));
        List<MimeMessage> mails = mailbox.mailsTo(team).stream().filter(mail -> isDigestOf(mail, day)).toList();
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static boolean isDigestOf(MimeMessage mail, String day) {
        return subject(mail).startsWith("Übersicht " + day + ":");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private String link(long requestId) {
        String code = jdbc.queryForObject("SELECT reference_code FROM help_request WHERE id = ?", String.class,
                requestId);
        return code + ": " + publicUrl + "/staff/request/" + requestId;
    }

    private long submit(LocalDateTime cityTime, Urgency urgency, String phone) {
        clock.setCityTime(cityTime);
        String code = requests.submit(aRequest().about(Topic.MONEY).urgency(urgency).children(0, 1, 0).district(1L)
                .phone(phone).email("digest-" + phone.substring(9) + "@example.org")
                .freeText("Miete seit Monaten offen").build()).code().value();
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class, code);
    }

    /** A count as German readers see it (1.234). */
    private static String german(int count) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.GERMAN).format(count);
    }

    private static java.time.Instant at(LocalDateTime cityTime) {
        return cityTime.atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }
}
