package org.kitabruecke.e2e;

import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Page object of the help request, one question per page, in a parent's words. Choices are picked by the text the
 * parent reads, in the language of the page.
 */
public class HelpRequestPage extends FlowPage {

    public HelpRequestPage(Browser browser) {
        super(browser);
    }

    public HelpRequestPage open(String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/help?lang=" + lang);
        // no wait for Vaadin's client: it starts with the first tap, and what is ticked before it is there is kept
        waitForHeading("help.topics.question");
        return this;
    }

    public void switchLanguageTo(String nativeName, String lang) {
        // on the HTML copy the language links load the page anew; ticks are kept once the live page has them
        browser.waitUntilLive();
        new PortalHeader(browser).chooseLanguage(nativeName);
        language = Locale.forLanguageTag(lang);
        browser.waiting().until(driver -> lang.equals(new PortalHeader(browser).pageLanguage()));
    }

    /** Ticks or picks the choice with this label (a message key). */
    public HelpRequestPage choose(String labelKey) {
        clickChoice(text(labelKey));
        browser.waiting().until(driver -> isChosen(labelKey));
        return this;
    }

    public boolean isChosen(String labelKey) {
        WebElement labelElement = browser.driver().findElement(choice(text(labelKey)));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for"))).isSelected();
    }

    public HelpRequestPage addChild(int band) {
        browser.act(By.id("help-children-" + band + "-more"), WebElement::click);
        return this;
    }

    public HelpRequestPage searchKita(String typed) {
        browser.act(By.id("help-kita-search"), field -> field.sendKeys(typed));
        return this;
    }

    /** Picks a Kita from the search results by its name. */
    public HelpRequestPage chooseKita(String name) {
        clickChoice(name);
        return this;
    }

    /** Whether the Kita with this name is the one chosen on the Kita question. */
    public boolean isKitaChosen(String name) {
        WebElement labelElement = browser.driver().findElement(choice(name));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for"))).isSelected();
    }

    public HelpRequestPage enter(String fieldId, String text) {
        type(fieldId, text);
        return this;
    }

    /** Puts a text into the field at once, as pasting does. */
    public HelpRequestPage paste(String fieldId, String text) {
        browser.script("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input')); f.dispatchEvent(new Event('change'));", fieldId, text);
        return this;
    }

    public HelpRequestPage contactLanguage(String code) {
        browser.act(By.id("help-contact-language"), select -> new Select(select).selectByValue(code));
        return this;
    }

    /** Presses the button that goes on and waits for the next question. */
    public HelpRequestPage goOnTo(String questionKey) {
        goOn();
        waitForHeading(questionKey);
        return this;
    }

    /** Presses the button that goes on, expecting to stay (a message at a field). */
    public List<String> goOnAndReadErrors() {
        goOn();
        browser.waiting().until(driver -> !errors().isEmpty());
        return errors();
    }

    /** Presses the button; on the HTML copy the press is repeated on the live page once it is there. */
    public void goOn() {
        browser.act(By.id("help-next"), WebElement::click);
    }

    public HelpRequestPage agreeAndSend() {
        choose("privacy.consent.agree");
        goOn();
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("help-sent-code")));
        } catch (TimeoutException notSent) {
            // say what the parent saw instead (a message at a field, a refusal, the same page), not only "no code"
            browser.screenshot("not-sent");
            throw new AssertionError("not sent; the page " + browser.driver().getCurrentUrl() + " shows: "
                    + browser.driver().findElement(By.tagName("body")).getText() + "\nHTML: "
                    + browser.script("return document.body.innerHTML.substring(0, 6000)"), notSent);
        }
        return this;
    }

    public String referenceCode() {
        return browser.driver().findElement(By.id("help-sent-code")).getText();
    }

    public String pin() {
        return browser.driver().findElement(By.id("help-sent-pin")).getText();
    }

    public boolean showsEmergencyNumbers() {
        var boxes = browser.driver().findElements(By.id("help-urgent"));
        return !boxes.isEmpty() && boxes.getFirst().isDisplayed();
    }

    public List<String> errors() {
        return browser.driver().findElements(By.cssSelector(".kb-field-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    public boolean scrollsSideways() {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

}
