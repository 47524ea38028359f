package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequests;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's accountability pages in a real browser: one tap logs an activity, the quarter's CSV downloads with a
 * BOM, the audit trail shows the export, and a family's data is found by its code and erased.
 */
class AccountabilityE2ETest extends BrowserTest {

    @Autowired
    HelpRequests requests;

    @Test
    void anAdminLogsExportsSeesTheTrailAndErasesAFamilysData() {
        String code = requests.submit(aRequest().about(Topic.HEALTH).children(0, 1, 0).district(4L)
                .phone("+4915112349977").freeText("Frage zur Sprachentwicklung.").build()).code().value();
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("admin", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        var fields = new VaadinFields(browser);

        browser.open("/staff/statistics");
        fields.press("log-PHONE_COUNSELLING");
        browser.waiting().until(driver -> fields.text("log-message").startsWith("Eingetragen: Telefonberatung – "));
        browser.screenshot("statistics-de-desktop");
        String href = browser.driver().findElement(By.id("figures-export")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Long> firstBytes = (List<Long>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b))));""",
                href);
        assertThat(firstBytes.subList(0, 3)).as("UTF-8 BOM").containsExactly(0xEFL, 0xBBL, 0xBFL);
        byte[] bytes = new byte[firstBytes.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = firstBytes.get(i).byteValue();
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Telefonberatung");

        browser.open("/admin/audit");
        fields.type("audit-actor", "admin");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), "Exportiert"));
        assertThat(browser.driver().findElement(By.id("audit-grid")).getText()).as("the login is in the trail too")
                .contains("Angemeldet");
        browser.screenshot("audit-de-desktop");

        browser.open("/admin/request");
        fields.type("dsr-code", code);
        fields.press("dsr-find");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dsr-erase")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Frage zur Sprachentwicklung.");
        fields.press("dsr-erase");
        fields.press("dsr-erase-confirm");
        browser.waiting().until(driver -> fields.text("dsr-message").contains("gelöscht"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .doesNotContain("Frage zur Sprachentwicklung.", "4915112349977");

        browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browser.open("/staff/statistics");
        browser.act(By.id("log-FAMILY_SESSION"), WebElement::isDisplayed);
        new PortalHeader(browser).chooseLanguage("العربية");
        browser.waiting().until(driver -> "rtl".equals(new PortalHeader(browser).direction()));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "الأرقام"));
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth > "
                + "document.documentElement.clientWidth;")).as("the staff page fits a phone").isFalse();
        browser.screenshot("statistics-ar-phone");
    }
}
