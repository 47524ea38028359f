package org.kitabruecke.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.HelpRequestFixtures;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.notification.ParkedMail;
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

/** The admins' list of every undelivered mail names the request by its code and sends a mail again. */
@IntegrationTest
@WithMailbox
@WithMockUser(username = "admin", roles = "ADMIN")
class UndeliveredMailViewTest extends SpringBrowserlessTest {

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

    @BeforeEach
    void german() {
        clock.followRealTime();
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void anAdminFindsTheUndeliveredConfirmationByItsCodeAndSendsItAgain() {
        String address = "liste-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mailbox.stop();
        Receipt receipt = requests.submit(HelpRequestFixtures.byMail(address, "uk"));
        new Outbox(retry, jdbc, maxAttempts).giveUp("ConfirmationMail", receipt.code().value());

        navigate(UndeliveredMailView.class);
        assertThat($view(Paragraph.class).id("undelivered-summary").getText()).contains("nicht zugestellt");
        @SuppressWarnings("unchecked")
        Grid<ParkedMail> grid = $view(Grid.class).id("undelivered-grid");
        var list = test(grid);
        int row = IntStream.range(0, list.size()).filter(i -> receipt.code().value().equals(list.getRow(i).reference()))
                .findFirst().orElseThrow();
        assertThat(list.getCellText(row, 0)).isEqualTo("Bestätigung konnte nicht zugestellt werden");
        assertThat(list.getCellText(row, 2)).startsWith(maxAttempts + " Zustellversuche");

        mailbox.restart();
        test((Button) list.getCellComponent(row, 3)).click();
        mailbox.awaitMails(address, 1);
    }
}
