package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A parent finds their Kita in Turkish on a phone, sees whom to call, and goes on to ask for help there. */
class ContactsE2ETest extends BrowserTest {

    @Test
    void aParentFindsTheirKitaTypingWithoutUmlautsAndAsksForHelpThere() {
        List<String> violations = new ArrayList<>();
        var page = new HelpRequestPage(browser);
        browser.open("/contacts?lang=tr");
        browser.act(By.id("contacts-search"), field -> field.sendKeys("strasse"));
        browser.waiting().until(driver -> driver.findElement(By.id("contacts-results")).getText()
                .contains("Familienzentrum Brückenstraße"));
        violations.addAll(page.accessibilityViolations());
        browser.screenshot("contacts-tr-search");

        browser.act(By.linkText("Kita Regenbogen"), WebElement::click);
        browser.waiting().until(driver -> page.heading().equals("Kita Regenbogen"));
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='tel:']"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("kita-map")).getAttribute("href")).startsWith("geo:");
        violations.addAll(page.accessibilityViolations());
        browser.screenshot("contacts-tr-kita");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth > "
                + "document.documentElement.clientWidth;")).as("long e-mail addresses wrap").isFalse();

        browser.act(By.id("kita-help"), WebElement::click);
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("/help?kita=1"));
        assertThat(violations).isEmpty();
    }
}
