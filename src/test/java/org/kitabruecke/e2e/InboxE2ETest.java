package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.Mailbox;
import org.kitabruecke.privacy.Consent;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where requests become help: a parent writes in Arabic, a social worker reads it with German labels, takes it,
 * notes, answers from a template, and the parent gets the answer in Arabic (real SMTP). Kita staff forward a
 * family's need and later see its state only. Staff pages are closed to visitors.
 */
class InboxE2ETest extends BrowserTest {

    private Mailbox mailbox;

    @BeforeAll
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @Test
    void aParentWritesInArabicAndReadsTheSocialWorkersAnswerInArabic() throws Exception {
        String address = "ar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var help = new HelpRequestPage(browser).open("ar");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        help.addChild(1).goOnTo("help.kita.question").goOnTo("help.contact.question");
        help.enter("help-email", address).contactLanguage("ar").choose("help.contact.interpreter.yes");
        help.goOnTo("help.safety.question").goOnTo("help.message.question").enter("help-message",
                "لدينا ديون إيجار ووصلتنا رسالة من المالك");
        help.goOnTo("help.check.title");
        String code = help.agreeAndSend().referenceCode();
        mailbox.awaitMails(address, 1);

        browser.forgetEverything();
        browser.viewport(1280, 900);
        var login = new LoginPage(browser).open("?lang=de");
        assertThat(login.showPasswordLabel()).as("Vaadin's own words in the staff's language")
                .isEqualTo("Passwort anzeigen");
        login.logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        var inbox = new InboxPage(browser).open();
        assertThat(inbox.sortLabels()).isNotEmpty().allSatisfy(label -> assertThat(label).startsWith("Sortieren nach"));
        browser.screenshot("inbox-de-desktop");
        inbox.openRequest(code);
        assertThat(inbox.facts()).contains("Themen Geld und Miete",
                "Sprache für den Kontakt Arabisch, Dolmetschen gewünscht");
        assertThat(inbox.messageLanguage()).as("the family's words, marked as Arabic").isEqualTo("ar");
        assertThat(inbox.messageRunsRightToLeft()).as("and laid out right to left on a German page").isTrue();
        assertThat(inbox.facts()).as("the safe-contact page was passed without a tick: nothing is assumed")
                .contains("Mailbox Nicht beantwortet", "Gut erreichbar Nicht beantwortet")
                .noneMatch(fact -> fact.contains("in Ordnung"))
                .anySatisfy(fact -> assertThat(fact).matches(
                        "Einwilligung Fassung " + Consent.VERSION + ", auf Arabisch gelesen, Fingerabdruck [0-9a-f]{12}"));

        inbox.assignToMe();
        assertThat(inbox.assignee()).contains("Anna Beispiel");
        inbox.note("Rückruf mit Dolmetscherin für Arabisch.");
        assertThat(inbox.preview("Wir rufen Sie an")).as("the social worker sees what the family will read")
                .contains(code).containsPattern("[\\u0600-\\u06FF]{4,}");
        inbox.reply("Wir rufen Sie an");
        assertThat(inbox.message()).isEqualTo("Die Antwort ist unterwegs.");
        assertThat(inbox.history()).contains("Zuständig: sozial", "Notiz geschrieben",
                "Antwort gesendet: Wir rufen Sie an");
        browser.screenshot("inbox-request-de-desktop");

        browser.viewport(820, 1180);
        new InboxPage(browser).open();
        new PortalHeader(browser).chooseLanguage("العربية");
        browser.waiting().until(driver -> "rtl".equals(new PortalHeader(browser).direction()));
        browser.screenshot("inbox-ar-tablet");

        MimeMessage reply = mailbox.awaitMails(address, 2).getLast();
        assertThat(reply.getSubject()).contains(code);
        assertThat(Mailbox.text(reply)).contains(code).containsPattern("[\\u0600-\\u06FF]{4,}");
    }

    @Test
    void kitaStaffForwardForAFamilyAndLaterSeeOnlyItsState() {
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("kita", "kitabruecke-demo");
        var kita = new KitaForwardPage(browser).waitUntilShown();
        kita.topic("Erziehung und Familienalltag").phone("0151 2345 6701").explainIn("Українська");
        assertThat(kita.explanationLanguage()).isEqualTo("uk");
        assertThat(kita.explanation()).contains("SGB VIII");
        kita.familyAgreed("Wir haben die Erklärung gemeinsam mit der Familie gelesen. Die Familie ist einverstanden.");
        String code = kita.forward();
        browser.screenshot("kita-forward-de-desktop");

        kita.logOut();
        new LoginPage(browser).open("?lang=de").logInAs("kita", "kitabruecke-demo");
        kita.waitUntilShown();
        assertThat(kita.forwards()).anySatisfy(row -> assertThat(row).first().isEqualTo(code))
                .filteredOn(row -> row.getFirst().equals(code))
                .singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("Eingegangen"));
        assertThat(kita.pageText()).doesNotContain("2345 6701", "+4915123456701");
    }

    @Test
    void visitorsWithoutALoginEndOnTheLoginPage() {
        for (String page : new String[] {"/staff", "/staff/request/1", "/kita", "/admin/kitas"}) {
            browser.forgetEverything();
            browser.open(page);
            browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        }
    }
}
