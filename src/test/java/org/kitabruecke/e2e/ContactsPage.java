package org.kitabruecke.e2e;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page object of the contacts: find a Kita, its page, help nearby and the emergency numbers, in a parent's words. */
public class ContactsPage extends FlowPage {

    public ContactsPage(Browser browser) {
        super(browser);
    }

    public ContactsPage open(String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/contacts?lang=" + lang);
        waitForHeading("contacts.title");
        return this;
    }

    /** Types into the search box, replacing what was there; results come while typing. */
    public ContactsPage search(String typed) {
        type("contacts-search", typed);
        return this;
    }

    /**
     * The Kitas found, once the list shows what the test expects (results come a moment after typing, so an older
     * list may still be there); fails with the last list seen if it never does.
     */
    public List<String> resultsWhen(Predicate<List<String>> expected) {
        try {
            browser.waiting().until(driver -> expected.test(results()));
        } catch (TimeoutException never) {
            throw new AssertionError("The search results stayed " + results(), never);
        }
        return results();
    }

    /** The names of the Kitas found, in the order shown. */
    public List<String> results() {
        return browser.driver().findElements(By.cssSelector("#contacts-results li > a")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens a district's list in "browse by district" and returns its Kitas. */
    public List<String> browseDistrict(String district) {
        WebElement details = browser.driver().findElement(By.xpath(
                "//div[contains(@class,'kb-browse')]//details[summary[normalize-space()=" + xpathLiteral(district)
                        + "]]"));
        details.findElement(By.tagName("summary")).click();
        return details.findElements(By.cssSelector("li > a")).stream().map(WebElement::getText).toList();
    }

    public ContactsPage openKita(String name) {
        browser.act(By.linkText(name), WebElement::click);
        browser.waiting().until(driver -> heading().equals(name));
        return this;
    }

    /** The tap-to-call links on the page. */
    public List<String> phoneLinks() {
        return browser.driver().findElements(By.cssSelector("main a[href^='tel:']")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    public String mapLink() {
        return browser.driver().findElement(By.id("place-map")).getAttribute("href");
    }

    public HelpRequestPage requestHelpHere() {
        browser.act(By.id("kita-help"), WebElement::click);
        var help = new HelpRequestPage(browser);
        help.language = language;
        help.waitForHeading("help.topics.question");
        return help;
    }

    /** Goes from a Kita's page to the help services in its district. */
    public ContactsPage helpNearby() {
        browser.act(By.id("kita-nearby"), WebElement::click);
        waitForHeading("services.title");
        return this;
    }

    public ContactsPage filterByTopic(String topic) {
        browser.act(By.id("services-topic"), select -> new Select(select).selectByValue(topic));
        return this;
    }

    /** The names of the services listed, once the list shows as many as it says. */
    public List<String> services() {
        browser.waiting().until(driver -> {
            String count = driver.findElement(By.id("services-count")).getText().replaceAll("[^0-9]", "");
            return !count.isEmpty() && Integer.parseInt(count) == driver.findElements(
                    By.cssSelector("#services-results > li")).size();
        });
        return browser.driver().findElements(By.cssSelector("#services-results h2 a")).stream()
                .map(WebElement::getText).toList();
    }

    public ContactsPage openService(String name) {
        browser.act(By.linkText(name), WebElement::click);
        browser.waiting().until(driver -> heading().equals(name));
        return this;
    }

    public ContactsPage openEmergencyNumbers() {
        browser.act(By.id("emergency-more"), WebElement::click);
        waitForHeading("emergency.title");
        return this;
    }

    public boolean scrollsSideways() {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }
}
