package org.kitabruecke.e2e;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Translations;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page object of booking the open consultation hour, in a parent's words. */
public class BookingPage {

    private static final Translations TEXTS = Translations.fromClasspath();

    private final Browser browser;
    private Locale language = Locale.GERMAN;

    public BookingPage(Browser browser) {
        this.browser = browser;
    }

    public BookingPage open(String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/book?lang=" + lang);
        waitForHeading("book.location.question");
        return this;
    }

    public String text(String key) {
        return TEXTS.format(language, key, Map.of());
    }

    public BookingPage chooseLocation(String name) {
        browser.act(By.xpath("//label[.//span[@class='kb-choice-title' and normalize-space()='" + name + "']]"),
                WebElement::click);
        return this;
    }

    /** Picks the first day offered and returns it as shown. */
    public String chooseFirstDay() {
        return chooseFirst("book-day");
    }

    /** Picks the first time offered and returns it as shown. */
    public String chooseFirstTime() {
        return chooseFirst("book-time");
    }

    private String chooseFirst(String group) {
        By first = By.cssSelector("#" + group + " .kb-choice-label");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(first));
        String shown = browser.driver().findElement(By.cssSelector("#" + group + " .kb-choice-title")).getText();
        browser.act(first, WebElement::click);
        return shown;
    }

    public BookingPage type(String fieldId, String text) {
        browser.act(By.id(fieldId), field -> {
            field.clear();
            field.sendKeys(text);
        });
        return this;
    }

    public BookingPage contactLanguage(String code) {
        browser.act(By.id("book-contact-language"), select -> new Select(select).selectByValue(code));
        return this;
    }

    public BookingPage interpreter(boolean needed) {
        String label = text(needed ? "help.contact.interpreter.yes" : "help.contact.interpreter.no");
        browser.act(By.xpath("//fieldset[@id='book-interpreter']//label[.//span[normalize-space()='" + label + "']]"),
                WebElement::click);
        return this;
    }

    public BookingPage goOnTo(String questionKey) {
        browser.act(By.id("book-next"), WebElement::click);
        waitForHeading(questionKey);
        return this;
    }

    public String book() {
        browser.act(By.id("book-next"), WebElement::click);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("book-done-code")));
        return browser.driver().findElement(By.id("book-done-code")).getText();
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** On the personal link's page: cancels and returns the message shown. */
    public String cancel() {
        browser.act(By.id("book-cancel"), WebElement::click);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("book-manage-message")));
        return browser.driver().findElement(By.id("book-manage-message")).getText();
    }

    public List<String> accessibilityViolations() {
        return new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .map(rule -> rule.getId() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    private void waitForHeading(String key) {
        String expected = text(key);
        browser.waiting().until(driver -> heading().equals(expected));
    }
}
