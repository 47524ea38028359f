package org.kitabruecke.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the social workers' inbox and of one request, in a social worker's words. */
public class InboxPage {

    private final Browser browser;
    private final VaadinFields fields;

    public InboxPage(Browser browser) {
        this.browser = browser;
        this.fields = new VaadinFields(browser);
    }

    public InboxPage open() {
        browser.open("/staff");
        return waitUntilShown();
    }

    public InboxPage waitUntilShown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-grid")));
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty()
                && !driver.findElement(By.id("inbox-count")).getText().isBlank());
        return this;
    }

    /** Whether the filters are folded away under their one-line summary. */
    public boolean filtersFolded() {
        browser.waitUntilServerHasAll();
        return browser.driver().findElement(By.id("inbox-filters")).getDomAttribute("opened") == null;
    }

    /** The folded filters' line, e.g. "Filter: 2 aktiv". */
    public String filterSummary() {
        return browser.driver().findElement(By.cssSelector("#inbox-filters > vaadin-details-summary")).getText();
    }

    public InboxPage unfoldFilters() {
        return toggleFiltersUntil(false);
    }

    public InboxPage foldFilters() {
        return toggleFiltersUntil(true);
    }

    private InboxPage toggleFiltersUntil(boolean folded) {
        if (filtersFolded() != folded) {
            browser.act(By.cssSelector("#inbox-filters > vaadin-details-summary"), WebElement::click);
        }
        browser.waiting().until(driver -> filtersFolded() == folded);
        return this;
    }

    /** Where the first request's row ends, in CSS pixels from the top of the screen. */
    public long firstRowBottom() {
        browser.waiting().until(driver -> browser.script("const row = document.getElementById('inbox-grid')"
                + ".shadowRoot.querySelector('#items tr'); return row && row.getBoundingClientRect().height > 0") == Boolean.TRUE);
        return Math.round(((Number) browser.script("return document.getElementById('inbox-grid')"
                + ".shadowRoot.querySelector('#items tr').getBoundingClientRect().bottom")).doubleValue());
    }

    public InboxPage pick(String filterId, String choice) {
        fields.pick(filterId, choice);
        browser.waitUntilServerHasAll();
        return this;
    }

    public InboxPage search(String words) {
        fields.type("inbox-search", words);
        browser.driver().findElement(By.cssSelector("#inbox-search input")).sendKeys(org.openqa.selenium.Keys.TAB);
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("search="));
        browser.waitUntilServerHasAll();
        return this;
    }

    /** What a filter shows as chosen. */
    public String chosen(String filterId) {
        return browser.driver().findElement(By.cssSelector("#" + filterId + " vaadin-select-value-button")).getText()
                .strip();
    }

    public String searchWords() {
        return browser.driver().findElement(By.cssSelector("#inbox-search input")).getDomProperty("value");
    }

    /** The line that says how many requests the filters find. */
    public String count() {
        return browser.driver().findElement(By.id("inbox-count")).getText();
    }

    /** Searches for a reference code and opens the request by its code, a link like any other. */
    public InboxPage openRequest(String code) {
        fields.type("inbox-search", code);
        browser.waiting().until(driver -> driver.findElement(By.id("inbox-count")).getText().startsWith("1 "));
        browser.act(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + FlowPage.xpathLiteral(code) + "]"),
                WebElement::click);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("request-history")));
        return this;
    }

    /** The label and value of every answer the family gave, as the social worker reads them. */
    public List<String> facts() {
        return browser.driver().findElements(By.cssSelector(".kb-case-facts dl > div")).stream()
                .map(WebElement::getText).map(text -> text.replace('\n', ' ')).toList();
    }

    public String messageLanguage() {
        return browser.driver().findElement(By.cssSelector(".kb-case-facts dd[lang]")).getAttribute("lang");
    }

    /** Whether the family's words are laid out right to left, as their script runs. */
    public boolean messageRunsRightToLeft() {
        return Boolean.TRUE.equals(browser.script(
                "return document.querySelector('.kb-case-facts dd[lang]').matches(':dir(rtl)')"));
    }

    /** What a screen reader says on the sortable columns' headers. */
    public List<String> sortLabels() {
        browser.waiting().until(driver -> !browser.driver().findElements(By.tagName("vaadin-grid-sorter")).isEmpty());
        return browser.driver().findElements(By.tagName("vaadin-grid-sorter")).stream()
                .map(sorter -> sorter.getAttribute("aria-label")).toList();
    }

    public InboxPage assignToMe() {
        String before = history();
        fields.press("request-assign-me");
        browser.waiting().until(driver -> !history().equals(before));
        return this;
    }

    public InboxPage note(String text) {
        fields.type("request-note", text);
        fields.press("request-add-note");
        browser.waiting().until(driver -> driver.findElement(By.id("request-notes")).getText().contains(text));
        return this;
    }

    /** Picks a template and returns the preview of the mail as the family will read it. */
    public String preview(String template) {
        fields.pick("request-template", template);
        browser.waiting().until(driver -> !driver.findElement(By.cssSelector("#request-preview textarea"))
                .getDomProperty("value").isBlank());
        return browser.driver().findElement(By.cssSelector("#request-preview textarea")).getDomProperty("value");
    }

    public InboxPage reply(String template) {
        fields.pick("request-template", template);
        fields.press("request-reply");
        browser.waiting().until(driver -> !fields.text("request-message").isBlank());
        return this;
    }

    public String message() {
        return fields.text("request-message");
    }

    public String assignee() {
        return fields.text("request-assignee");
    }

    public String history() {
        return fields.text("request-history");
    }
}
