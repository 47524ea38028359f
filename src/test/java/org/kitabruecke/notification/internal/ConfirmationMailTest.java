package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Confirmation mails through a real SMTP server in the test JVM (GreenMail), including a mail server outage. */
@IntegrationTest
@WithMailbox
class ConfirmationMailTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    Mailbox mailbox;

    @BeforeEach
    void startMailServer() {
        clock.followRealTime();
    }

    @Test
    void theFamilyGetsCodeAndPinInItsContactLanguage() throws Exception {
        String address = unique("aile");
        Receipt receipt = requests.submit(byMail(address, "tr", false));

        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("Kreş sosyal hizmetine talebiniz: " + receipt.code().value());
        assertThat((String) mail.getContent())
                .contains("Dosya numaranız: " + receipt.code().value(), "PIN kodunuz: " + receipt.pin().digits())
                .contains("/status");
    }

    @Test
    void aFamilyThatAskedNotToBeWrittenToGetsNoMail() {
        String address = unique("kein-mail");
        Receipt receipt = requests.submit(byMail(address, "de", true));

        Outbox.awaitSettled(jdbc, "ConfirmationMail", receipt.code().value());
        mailbox.assertNothingElseArrives(() -> assertThat(mailsTo(address)).isEmpty());
    }

    @Test
    void whenTheMailServerIsDownTheRequestIsKeptAndTheMailFollowsWhenItIsBack() throws Exception {
        mailbox.stop();
        String address = unique("spaeter");
        Receipt receipt = requests.submit(byMail(address, "ar", false));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM help_request WHERE reference_code = ?", Integer.class,
                receipt.code().value())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND status = 'FAILED'",
                Integer.class, "%" + receipt.code().value() + "%")).isEqualTo(1));

        mailbox.restart();
        retry.retryUndelivered();

        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).contains("طلبكم", receipt.code().value());
        assertThat((String) mail.getContent()).contains(receipt.pin().digits());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?", Integer.class,
                "%" + receipt.code().value() + "%")).isZero());
    }

    private MimeMessage awaitMailTo(String address) {
        List<MimeMessage> mails = mailbox.awaitMails(address, 1);
        assertThat(mails).as("exactly one mail to %s", address).hasSize(1);
        return mails.getFirst();
    }

    private List<MimeMessage> mailsTo(String address) {
        return mailbox.mailsTo(address);
    }

    private static NewHelpRequest byMail(String address, String language, boolean noEmail) {
        var request = aRequest().email(address).language(language);
        return noEmail ? request.phone("+4915112340098").noEmails().build() : request.build();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
