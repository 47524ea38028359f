package org.kitabruecke.e2e;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * What the page objects of the parents' question flows share: reading the texts of the page's language, picking a
 * choice by the label the parent reads, typing, and checking the page with axe-core.
 */
abstract class FlowPage {

    private static final Translations TEXTS = Translations.fromClasspath();

    protected final Browser browser;
    protected Locale language = Locale.GERMAN;

    protected FlowPage(Browser browser) {
        this.browser = browser;
    }

    /** The text of a message key in the page's language, as the parent reads it. */
    public String text(String key, Object... arguments) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            named.put((String) arguments[i], arguments[i + 1]);
        }
        return TEXTS.format(language, key, named);
    }

    /** A number as the page's language writes it: "1", "١" in Sorani, "۱" in Dari. */
    public String number(long value) {
        return com.ibm.icu.text.NumberFormat.getInstance(Language.of(language.toLanguageTag()).formattingLocale())
                .format(value);
    }

    /** Clicks the choice whose title is this text. */
    protected void clickChoice(String title) {
        browser.act(choice(title), WebElement::click);
    }

    protected static By choice(String title) {
        return By.xpath("//label[.//span[@class='kb-choice-title' and normalize-space()=" + xpathLiteral(title)
                + "]]");
    }

    public void type(String fieldId, String text) {
        browser.act(By.id(fieldId), field -> {
            field.clear();
            field.sendKeys(text);
        });
    }

    /** What the field holds now, as the parent sees it. */
    public String valueOf(String fieldId) {
        return browser.driver().findElement(By.id(fieldId)).getDomProperty("value");
    }

    public String textOf(String elementId) {
        return browser.driver().findElement(By.id(elementId)).getText();
    }

    /** Waits until the element shows this text, e.g. a counter after "+". */
    @SuppressWarnings("unchecked")
    public <P extends FlowPage> P waitForText(String elementId, String expected) {
        // the copy's element may go in the middle of reading it, when the live page takes its place
        browser.waiting().ignoring(WebDriverException.class).until(driver -> textOf(elementId).equals(expected));
        return (P) this;
    }

    /** Whether the choice with this title is ticked. */
    public boolean isChosenChoice(String title) {
        WebElement label = browser.driver().findElement(choice(title));
        return browser.driver().findElement(By.id(label.getAttribute("for"))).isSelected();
    }

    /** The titles of the choices ticked on the page, in page order. */
    public List<String> chosenTitles() {
        return browser.driver().findElements(By.cssSelector(".kb-choice-input:checked + label .kb-choice-title"))
                .stream().map(WebElement::getText).toList();
    }

    /** Whether the first choice of the group with this id is ticked. */
    public boolean isFirstChosen(String groupId) {
        return browser.driver().findElement(By.cssSelector("#" + groupId + " input")).isSelected();
    }

    /** Whether the last choice of the group with this id is ticked. */
    public boolean isLastChosen(String groupId) {
        return browser.driver().findElement(By.cssSelector("#" + groupId + " .kb-choice:last-child input"))
                .isSelected();
    }

    /** Lets Vaadin's client start, as the parent's first touch of a field does, and waits until the page is live. */
    public void wakeClient() {
        browser.script("document.querySelector('main input, main textarea, main button').focus()");
        browser.waitUntilLive();
    }

    /** The messages shown at fields and above the button, as a parent reads them. */
    public List<String> visibleErrors() {
        return browser.driver().findElements(By.cssSelector(".kb-field-error, .kb-problem")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** {@code rtl} or {@code ltr}, as the page is laid out. */
    public String direction() {
        return String.valueOf(browser.script("return document.documentElement.dir"));
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** The id of the element a screen reader is on now. */
    public String focused() {
        return String.valueOf(browser.script("return document.activeElement && document.activeElement.id"));
    }

    /** Whether the page offers to print what the parent takes away. */
    public boolean offersToPrint() {
        return !browser.driver().findElements(By.cssSelector("main button[data-kb-action=print]")).isEmpty();
    }

    /** What axe-core finds wrong on the page as it is now; empty is good. */
    public List<String> accessibilityViolations() {
        return new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .map(rule -> rule.getId() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** Waits for the heading; WebDriver reads text without its invisible direction marks, so they are compared so. */
    protected void waitForHeading(String key) {
        String expected = withoutDirectionMarks(text(key));
        browser.waiting().until(driver -> withoutDirectionMarks(heading()).equals(expected));
    }

    protected static String withoutDirectionMarks(String text) {
        return text.replaceAll("[\\u200E\\u200F\\u2066-\\u2069]", "");
    }

    protected static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
