package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.AuthenticatorApp;
import org.kitabruecke.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The city runs its own accounts: the admin creates a social worker and sends the set-password link, the mail
 * arrives (GreenMail), the new colleague sets a password through the link — a too short one first — and works in
 * the inbox, changes it on the change-password page and stays logged in; the link works once. Social workers must
 * have a second factor here (as in production): the new colleague sets up TOTP at the first sign-in (the test is the
 * authenticator app: it computes the codes from the key shown) and signs in again with password and code.
 */
@TestPropertySource(properties = "kitabruecke.staff.second-factor.required-for=SOCIAL_WORKER")
class AccountsE2ETest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/set-password\\?token=[A-Za-z0-9_-]+)");

    private Mailbox mailbox;

    @Override
    protected String host() {
        return "127.0.0.31";
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
    void anAdminCreatesASocialWorkerWhoSetsAPasswordThroughTheMailedLinkAndWorksInTheInbox() throws Exception {
        String username = "jana-" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@jugendamt.ruhrstadt.example";
        browser.viewport(1280, 900);
        new LoginPage(browser).open("").logInAs("admin", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));

        var accounts = new AccountsPage(browser).open().createSocialWorker(username, "Jana Neu", email);
        assertThat(accounts.sendSetPasswordLink()).contains(email);
        browser.screenshot("admin-accounts-de-desktop");

        String mail = Mailbox.text(mailbox.awaitMails(email, 1).getLast());
        assertThat(mail).contains("Guten Tag Jana Neu").contains("Ihr Benutzername: " + username);
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();

        browser.forgetEverything();
        browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        var page = new SetPasswordPage(browser).open(link.group(1));
        assertThat(page.intro()).contains(username);
        page.choose("zu kurz", "zu kurz");
        assertThat(page.problemAtPassword()).contains("Zu kurz").contains("12");
        assertThat(page.typedPassword()).as("what was typed stays").isEqualTo("zu kurz");
        browser.screenshot("set-password-too-short-phone");

        assertThat(page.reload().showsEmptyForm()).as("a reload keeps the link working").isTrue();
        page.choose("Lindenblüten im Juni", "Lindenblüten im Juni");
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("/login?passwordSet"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-password-set"),
                "Passwort ist festgelegt"));

        new LoginPage(browser).waitUntilLive().logInAs(username, "Lindenblüten im Juni");
        var factor = new SecondFactorPage(browser);
        factor.waitForHeading("Zweiten Faktor einrichten");
        assertThat(factor.showsQrCode()).isTrue();
        var app = new AuthenticatorApp(factor.shownKey());
        assertThat(factor.confirmSetUp(app.codeAt(clock.instant()))).hasSize(10);
        factor.goOn();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));
        assertThat(browser.driver().findElement(By.cssSelector(".kb-staff-user")).getText())
                .isEqualTo("Angemeldet als " + username);

        // from the link beside "Abmelden", the new colleague changes the password; this session stays
        var fields = new VaadinFields(browser);
        fields.press("staff-password-link");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff/password"));
        fields.type("current-password", "Lindenblüten im Juni");
        fields.type("new-password", "Kastanien im Oktober");
        fields.type("new-password-repeated", "Kastanien im Oktober");
        fields.press("change-password-save");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-password-done"),
                "Ihr Passwort ist geändert"));
        browser.open("/staff");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));

        // a new sign-in: the new password, then the code the app shows half a minute later
        browser.forgetEverything();
        clock.setCityTime(TUESDAY_MORNING.plusSeconds(30));
        new LoginPage(browser).open("").logInAs(username, "Kastanien im Oktober");
        factor.waitForHeading("Code aus der Authenticator-App");
        factor.enterCode(app.codeAt(clock.instant()));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));

        browser.forgetEverything();
        assertThat(new SetPasswordPage(browser).open(link.group(1)).problem()).contains("schon benutzt");
    }
}
