package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kitabruecke.Mailbox;
import org.kitabruecke.notification.internal.MailRetry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No personal data in any log line, seen from the browser: a parent types a distinctive e-mail address, phone number
 * and message into the help form while the mail server is down, looks the request up, the mail follows once the
 * server is back; someone types the parent's address into the staff login. Everything the portal logged meanwhile
 * (all threads, same JVM) is searched for what was typed.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsE2ETest extends BrowserTest {

    static final String EMAIL = "birne.logprobe5813@example.org";
    static final String PHONE_TYPED = "0151 7364 2259";
    static final String MESSAGE = "Holunderbluete Ausnahmefall Mirabellenhof";

    @Autowired
    MailRetry retry;

    @Override
    protected String host() {
        return "127.0.0.37";
    }

    @Test
    void whatAParentTypesNeverReachesTheLog(CapturedOutput log) throws Exception {
        try (var mailbox = new Mailbox()) {
            mailbox.stop();
            var help = new HelpRequestPage(browser).open("de");
            help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
            help.choose("help.urgency.SOON").goOnTo("help.children.question");
            help.addChild(1).goOnTo("help.kita.question").goOnTo("help.contact.question");
            help.enter("help-phone", PHONE_TYPED).enter("help-email", EMAIL).contactLanguage("de")
                    .choose("help.contact.interpreter.no");
            help.goOnTo("help.safety.question").goOnTo("help.message.question").enter("help-message", MESSAGE);
            help.goOnTo("help.check.title");
            help.agreeAndSend();
            String code = help.referenceCode();
            String pin = help.pin();
            new StatusPage(browser).open("?lang=de").lookUp(code, pin);

            var login = new LoginPage(browser).open("");
            login.waitUntilLive().logInAs(EMAIL, PHONE_TYPED);
            browser.waiting().until(driver -> driver.getCurrentUrl().contains("error"));

            mailbox.restart();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                retry.retryUndelivered();
                return !mailbox.mailsTo(EMAIL).isEmpty();
            });
        }

        assertThat(log.getAll()).as("the capture sees the portal's log").contains("Failed staff login");
        for (String typed : List.of(EMAIL, "logprobe5813", PHONE_TYPED, "73642259", "15173642259", MESSAGE,
                "Holunderbluete", "Mirabellenhof")) {
            assertThat(LogLines.ofThePortal(log)).as("no log line contains " + typed).doesNotContain(typed);
        }
    }
}
