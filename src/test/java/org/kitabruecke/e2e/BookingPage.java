package org.kitabruecke.e2e;

import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page object of booking the open consultation hour, in a parent's words. */
public class BookingPage extends FlowPage {

    public BookingPage(Browser browser) {
        super(browser);
    }

    public BookingPage open(String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/book?lang=" + lang);
        waitForHeading("book.location.question");
        return this;
    }

    public BookingPage chooseLocation(String name) {
        clickChoice(name);
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

    /** Picks the last day offered, away from the days other tests book. */
    public String chooseLastDay() {
        return chooseLast("book-day");
    }

    public String chooseLastTime() {
        return chooseLast("book-time");
    }

    private String chooseLast(String group) {
        By last = By.cssSelector("#" + group + " .kb-choice:last-child .kb-choice-label");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(last));
        String shown = browser.driver().findElement(By.cssSelector("#" + group
                + " .kb-choice:last-child .kb-choice-title")).getText();
        browser.act(last, WebElement::click);
        return shown;
    }

    private String chooseFirst(String group) {
        By first = By.cssSelector("#" + group + " .kb-choice-label");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(first));
        String shown = browser.driver().findElement(By.cssSelector("#" + group + " .kb-choice-title")).getText();
        browser.act(first, WebElement::click);
        return shown;
    }

    public BookingPage enter(String fieldId, String text) {
        type(fieldId, text);
        return this;
    }

    public BookingPage contactLanguage(String code) {
        browser.act(By.id("book-contact-language"), select -> new Select(select).selectByValue(code));
        return this;
    }

    public BookingPage interpreter(boolean needed) {
        String label = text(needed ? "help.contact.interpreter.yes" : "help.contact.interpreter.no");
        browser.act(By.xpath("//fieldset[@id='book-interpreter']//label[.//span[normalize-space()="
                + xpathLiteral(label) + "]]"), WebElement::click);
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

    /** Opens the personal link from the booking mail in this language. */
    public BookingPage openPersonalLink(String manageToken, String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/book/manage/" + manageToken + "?lang=" + lang);
        waitForHeading("book.manage.title");
        return this;
    }

    /** On the personal link's page: taps "cancel appointment" and returns the question asked. */
    public String askToCancel() {
        browser.act(By.id("book-cancel"), WebElement::click);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("book-cancel-question")));
        return browser.driver().findElement(By.id("book-cancel-question")).getText();
    }

    /** Answers the question "really cancel?" with no, and returns the message shown. */
    public String keepTheAppointment() {
        browser.act(By.id("book-cancel-no"), WebElement::click);
        return message();
    }

    /** Answers the question "really cancel?" with yes, and returns the message shown. */
    public String cancelForGood() {
        browser.act(By.id("book-cancel-yes"), WebElement::click);
        return message();
    }

    /** Whether "yes" and "no" are both on screen, without scrolling. */
    public boolean bothAnswersAreOnScreen() {
        return (Boolean) browser.script("""
                return ['book-cancel-yes', 'book-cancel-no'].every(id => {
                  const box = document.getElementById(id).getBoundingClientRect();
                  return box.top >= 0 && box.bottom <= window.innerHeight;
                });""");
    }

    public boolean canCancel() {
        return !browser.driver().findElements(By.id("book-cancel")).isEmpty();
    }

    private String message() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("book-manage-message")));
        return browser.driver().findElement(By.id("book-manage-message")).getText();
    }

}
