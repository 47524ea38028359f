package org.kitabruecke.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.byMail;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.ComponentQuery;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.notification.internal.MailRetry;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A confirmation that could not be delivered is marked in the inbox and on the request until it has gone out; an
 * admin sends it again from the request's page, and the family gets it once.
 */
@IntegrationTest
@WithMailbox
@WithMockUser(username = "admin", roles = "ADMIN")
class UndeliveredMailOnRequestTest extends SpringBrowserlessTest {

    private static final String MARKER = "Bestätigung konnte nicht zugestellt werden";

    @Autowired
    HelpRequests requests;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Value("${kitabruecke.mail.max-attempts}")
    int maxAttempts;

    Mailbox mailbox;
    Outbox outbox;

    @BeforeEach
    void german() {
        clock.followRealTime();
        UI.getCurrent().setLocale(Locale.GERMAN);
        outbox = new Outbox(retry, jdbc, maxAttempts);
    }

    @Test
    void staffSeeTheUndeliveredConfirmationAndAnAdminsRetryDeliversItOnce() {
        String address = unique("familie");
        Receipt receipt = undeliverableConfirmation(address);

        assertThat(inboxStatusOf(receipt)).contains(MARKER);
        navigate("staff/request/" + requestId(receipt), RequestView.class);
        Div notice = $view(Div.class).id("request-mail-undelivered");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains(MARKER, maxAttempts + " Zustellversuche");

        mailbox.restart();
        test(retryButtons().single()).click();
        assertThat(notice.getElement().getTextRecursively()).contains("Wird erneut gesendet");

        mailbox.awaitMails(address, 1);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !inboxStatusOf(receipt).contains(MARKER));
        navigate("staff/request/" + requestId(receipt), RequestView.class);
        assertThat($view(Div.class).withId("request-mail-undelivered").all()).as("no marker once it went out")
                .isEmpty();
        Outbox.awaitSettled(jdbc, "ConfirmationMail", receipt.code().value());
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address)).as("the family got it once")
                .hasSize(1));
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void aSocialWorkerSeesTheMarkerButLeavesTheRetryToAnAdmin() {
        Receipt receipt = undeliverableConfirmation(unique("sozial"));

        navigate("staff/request/" + requestId(receipt), RequestView.class);

        assertThat($view(Div.class).id("request-mail-undelivered").getElement().getTextRecursively())
                .contains(MARKER);
        assertThat(retryButtons().all()).isEmpty();
    }

    private ComponentQuery<Button> retryButtons() {
        return $view(Button.class).withCondition(button -> button.getId().orElse("").startsWith("request-mail-retry-"));
    }

    private Receipt undeliverableConfirmation(String address) {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(address, "de"));
        outbox.giveUp("ConfirmationMail", receipt.code().value());
        return receipt;
    }

    /** The status cell of the request's row in the inbox, found by searching for its code. */
    private String inboxStatusOf(Receipt receipt) {
        navigate(InboxView.class);
        test($view(TextField.class).id("inbox-search")).setValue(receipt.code().value());
        Grid<?> grid = $view(Grid.class).id("inbox-grid");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(1);
        Component status = tester.getCellComponent(0, "status");
        return status.getElement().getTextRecursively();
    }

    private long requestId(Receipt receipt) {
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
