package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.KitaForward;
import org.kitabruecke.request.KitaForwarding;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.request.UrgentRequestReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An urgent request tells the team's mailbox at once (real SMTP in the test JVM): code, time and link, and nothing
 * a family told us; once per request, also when the outbox delivers the event again or the mail server was down.
 */
@IntegrationTest
@WithMailbox
class UrgentAlertMailTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    KitaForwarding kitas;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestClock clock;

    @Value("${kitabruecke.team.mailbox}")
    String team;

    @Value("${kitabruecke.public-url}")
    String publicUrl;

    @Value("${kitabruecke.mail.max-attempts}")
    int maxAttempts;

    Mailbox mailbox;

    @AfterEach
    void stopMailServer() {
        clock.followRealTime();
    }

    @Test
    void anUrgentRequestSendsTheTeamOneMailWithCodeTimeAndLinkAndNothingTheFamilyTold() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 42));
        String address = unique("familie");
        Receipt receipt = requests.submit(urgent(address, "+4915112399871",
                "Mein Mann bedroht uns, bitte nicht anrufen nach 18 Uhr", "nur vormittags"));
        String code = receipt.code().value();

        MimeMessage mail = onlyTeamMailAbout(code);
        assertThat(mail.getSubject()).isEqualTo("Dringende Anfrage " + code + " wartet seit 10:42");
        String text = Mailbox.text(mail);
        assertThat(text).contains(code, "Dienstag, 1. Dezember um 10:42",
                publicUrl + "/staff/request/" + idOf(code));
        assertThat(mail.getSubject() + "\n" + text).as("nothing of the family leaves the portal")
                .doesNotContain(address, "+4915112399871", "4915112399871", "bedroht", "vormittags",
                        receipt.pin().digits());
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(team);
    }

    @Test
    void aRequestThatIsNotUrgentSendsTheTeamNothing() {
        String notUrgent = requests.submit(withUrgency(Urgency.SOON)).code().value();
        String urgent = requests.submit(withUrgency(Urgency.URGENT)).code().value();

        onlyTeamMailAbout(urgent);
        awaitEverythingSentAbout(notUrgent);
        mailbox.assertNothingElseArrives(() ->
                assertThat(mailbox.mailsMentioning(notUrgent)).filteredOn(this::toTeam).isEmpty());
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void anUrgentNeedForwardedByAKitaAlertsTheTeamToo() throws Exception {
        Receipt receipt = kitas.forward(new KitaForward(Set.of(Topic.CRISIS), Urgency.URGENT,
                new PhoneNumber("+4915112399872"), null, ContactLanguage.of("uk"), true, "uk", true));

        MimeMessage mail = onlyTeamMailAbout(receipt.code().value());
        assertThat(Mailbox.text(mail)).contains("/staff/request/" + idOf(receipt.code().value()))
                .doesNotContain("4915112399872");
    }

    @Test
    void whenTheMailServerIsDownTheTeamMailFollowsOnceItIsBack() {
        mailbox.stop();
        String code;
        try {
            code = requests.submit(withUrgency(Urgency.URGENT)).code().value();
            new Outbox(retry, jdbc, maxAttempts).awaitFailed("UrgentAlertMail", "\"requestId\":" + idOf(code) + ",",
                    1);
        } finally {
            mailbox.restart();
        }
        retry.retryUndelivered();

        onlyTeamMailAbout(code);
    }

    @Test
    void theSameEventDeliveredAgainSendsNoSecondMail() {
        String code = requests.submit(withUrgency(Urgency.URGENT)).code().value();
        onlyTeamMailAbout(code);

        // the outbox delivers the event once more, as after a crash between sending and recording it
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> events.publishEvent(
                new UrgentRequestReceived(idOf(code), clock.instant())));
        awaitEverythingSentAbout(code);
        mailbox.assertNothingElseArrives(() ->
                assertThat(mailbox.mailsMentioning(code)).filteredOn(this::toTeam).hasSize(1));
    }

    private MimeMessage onlyTeamMailAbout(String code) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !mailbox.mailsMentioning(code).stream().filter(this::toTeam).toList().isEmpty());
        List<MimeMessage> mails = mailbox.mailsMentioning(code).stream().filter(this::toTeam).toList();
        assertThat(mails).as("one team mail about %s", code).hasSize(1);
        return mails.getFirst();
    }

    /** Every outbox entry about the request (its events name it by id) is delivered or given up on. */
    private void awaitEverythingSentAbout(String code) {
        Outbox.awaitSettled(jdbc, "", "\"requestId\":" + idOf(code) + ",");
    }

    private boolean toTeam(MimeMessage mail) {
        try {
            return List.of(mail.getAllRecipients()).stream().anyMatch(to -> to.toString().equals(team));
        } catch (Exception unreadable) {
            return false;
        }
    }

    private long idOf(String code) {
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class, code);
    }

    private static NewHelpRequest urgent(String address, String phone, String words, String callTimes) {
        return aRequest().about(Topic.CRISIS).urgency(Urgency.URGENT).phone(phone).email(address).callTimes(callTimes)
                .freeText(words).build();
    }

    private static NewHelpRequest withUrgency(Urgency urgency) {
        return aRequest().about(Topic.MONEY).urgency(urgency).children(0, 1, 0).district(1L).phone("+4915112399870")
                .build();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
