package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;

/**
 * No urgent request unseen: a parent sends an urgent request on a phone, and within a minute the team's mailbox
 * (real SMTP in the test JVM) has a mail with its code, its time and a link that opens it after the staff login.
 */
class UrgentAlertE2ETest extends BrowserTest {

    @Value("${kitabruecke.team.mailbox}")
    String team;

    Mailbox mailbox;

    @Override
    protected String host() {
        return "127.0.0.34";
    }

    @BeforeAll
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @Test
    void anUrgentRequestFromAParentReachesTheTeamMailboxWithinAMinuteAndItsLinkOpensIt() throws Exception {
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.CRISIS").goOnTo("help.urgency.question");
        help.choose("help.urgency.URGENT");
        browser.waiting().until(driver -> help.showsEmergencyNumbers());
        help.goOnTo("help.children.question").addChild(0).goOnTo("help.kita.question")
                .goOnTo("help.contact.question");
        help.enter("help-phone", "0151 2399 8877").choose("help.contact.interpreter.no")
                .goOnTo("help.safety.question").goOnTo("help.message.question")
                .enter("help-message", "Wir brauchen heute noch Hilfe.").goOnTo("help.check.title");
        String code = help.agreeAndSend().referenceCode();

        await().atMost(Duration.ofSeconds(60)).until(() -> !teamMailsAbout(code).isEmpty());
        List<MimeMessage> mails = teamMailsAbout(code);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Dringende Anfrage " + code + " wartet seit 10:30");
        String text = Mailbox.text(mail);
        assertThat(text).as("nothing the family told").doesNotContain("3998877", "Hilfe");
        Matcher link = Pattern.compile("https?://\\S+(/staff/request/\\d+)").matcher(text);
        assertThat(link.find()).as("a link to the request in %s", text).isTrue();

        browser.forgetEverything();
        browser.viewport(1280, 900);
        browser.open(link.group(1));
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
        new LoginPage(browser).waitUntilLive().logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("request-history")));
        assertThat(browser.driver().getCurrentUrl()).as("the request asked for, after the login")
                .matches(".*" + Pattern.quote(link.group(1)) + "(\\?.*)?");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(code);
        browser.screenshot("urgent-alert-request");
    }

    private List<MimeMessage> teamMailsAbout(String code) {
        return mailbox.mailsTo(team).stream().filter(mail -> {
            try {
                return mail.getSubject().contains(code);
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }
}
