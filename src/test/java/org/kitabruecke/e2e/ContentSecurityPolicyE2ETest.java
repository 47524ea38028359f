package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Content-Security-Policy blocks nothing the portal itself needs: a parent's whole help request on a phone, from
 * the first paint through Vaadin's live page to the confirmation and the quick exit, and a social worker's inbox.
 * Whatever the policy refuses, and any script error, ends up in the console, and the test fails on it.
 */
class ContentSecurityPolicyE2ETest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.24";
    }

    /** Also what the browser reports only as an event (a refused eval, a refused inline handler) is written down. */
    @BeforeAll
    void reportEveryViolation() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('securitypolicyviolation', event => console.error('CSP violation: '
                    + event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));"""));
    }

    @Test
    void aParentsHelpRequestRunsOnAPhoneWithNothingBlocked() {
        browser.consoleErrors();
        var help = new HelpRequestPage(browser).open("de");
        String address = browser.driver().getCurrentUrl();
        browser.script("document.querySelector('.kb-skip').click()");
        assertThat(browser.script("return document.activeElement.id")).as("the skip link moved the focus")
                .isEqualTo("main");
        assertThat(browser.driver().getCurrentUrl()).as("without leaving the page").isEqualTo(address);

        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question").goOnTo("help.kita.question")
                .goOnTo("help.contact.question");
        help.enter("help-email", "csp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .choose("help.contact.interpreter.no");
        help.goOnTo("help.safety.question").goOnTo("help.message.question").enter("help-message", "Mietschulden");
        help.goOnTo("help.check.title").agreeAndSend();
        assertThat(help.referenceCode()).isNotBlank();
        browser.script("window.print = () => { window.kbPrinted = true; };");
        browser.act(By.cssSelector("main button[data-kb-action=print]"), button -> button.click());
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.script("return window.kbPrinted === true")));
        assertThat(consoleErrors()).as("console of the help request").isEmpty();

        browser.waitUntilLive(); // touching "print" started Vaadin's client, which swaps in the live page
        new PortalHeader(browser).leaveQuickly();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/livez"));
        assertThat(consoleErrors()).as("console of the quick exit").isEmpty();
    }

    @Test
    void theStartPageInArabicPaintsOnAPhoneWithNothingBlocked() {
        browser.consoleErrors();
        browser.open("/?lang=ar");
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("main h1")).isEmpty());
        assertThat(new PortalHeader(browser).direction()).isEqualTo("rtl");

        assertThat(consoleErrors()).as("console of the start page, as first painted").isEmpty();
    }

    @Test
    void aSocialWorkersInboxRunsWithNothingBlocked() {
        browser.viewport(1280, 900);
        browser.consoleErrors();
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        new InboxPage(browser).open();
        browser.driver().findElement(By.id("inbox-grid"));
        browser.waitUntilServerHasAll();

        assertThat(consoleErrors()).as("console of the login and the inbox").isEmpty();
    }

    /** Without the health page's own request for /favicon.ico (JSON has no icon link; the portal's pages have). */
    private List<String> consoleErrors() {
        return browser.consoleErrors().stream().filter(error -> !error.contains("/favicon.ico ")).toList();
    }
}
