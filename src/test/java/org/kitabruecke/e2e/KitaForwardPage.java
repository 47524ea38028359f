package org.kitabruecke.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of a Kita's forwarding page, in the words of Kita staff. */
public class KitaForwardPage {

    private final Browser browser;
    private final VaadinFields fields;

    public KitaForwardPage(Browser browser) {
        this.browser = browser;
        this.fields = new VaadinFields(browser);
    }

    public KitaForwardPage waitUntilShown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("forward-send")));
        return this;
    }

    public KitaForwardPage topic(String label) {
        fields.tick(label);
        return this;
    }

    public KitaForwardPage phone(String number) {
        fields.type("forward-phone", number);
        return this;
    }

    /** Shows the explanation in the family's language, to read together. */
    public KitaForwardPage explainIn(String nativeName) {
        fields.pick("forward-explanation-language", nativeName);
        return this;
    }

    public String explanation() {
        return fields.text("forward-explanation");
    }

    public String explanationLanguage() {
        return browser.driver().findElement(By.id("forward-explanation")).getAttribute("lang");
    }

    /** Picks the language to talk with the family in, by its label in the list. */
    public KitaForwardPage talkWithTheFamilyIn(String label) {
        fields.pick("forward-language", label);
        return this;
    }

    /** The contact language as the list shows it now. */
    public String contactLanguage() {
        return browser.driver().findElement(By.cssSelector("#forward-language vaadin-select-value-button")).getText();
    }

    public KitaForwardPage familyAgreed(String label) {
        fields.tick(label);
        return this;
    }

    /** Forwards and returns the reference code to hand to the family. */
    public String forward() {
        fields.press("forward-send");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("forward-code")));
        return fields.text("forward-code");
    }

    public String pin() {
        return fields.text("forward-pin");
    }

    /** Whether the receipt is on screen, from its heading down to the PIN, without scrolling. */
    public boolean receiptIsInView() {
        return (Boolean) browser.script("""
                const top = document.getElementById('forward-receipt').getBoundingClientRect().top;
                const pin = document.getElementById('forward-pin').getBoundingClientRect().bottom;
                return top >= 0 && pin <= window.innerHeight;""");
    }

    /** The id of the element a screen reader is on now. */
    public String focused() {
        return String.valueOf(browser.script("return document.activeElement && document.activeElement.id"));
    }

    /** What a printer would put on paper: the page's text as the print stylesheet shows it. */
    public String printedText() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            return (String) browser.script("return document.body.innerText");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    /** Puts the receipt away and starts the form for the next family. */
    public KitaForwardPage nextFamily() {
        fields.press("forward-next");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("forward-send")));
        return this;
    }

    public boolean showsAReceipt() {
        return !browser.driver().findElements(By.id("forward-pin")).isEmpty();
    }

    /** The Kita's forwards as rows of cells: code, when, state. */
    public List<List<String>> forwards() {
        return browser.driver().findElements(By.cssSelector("#forwards tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    public void logOut() {
        browser.act(By.xpath("//vaadin-button[normalize-space()='Abmelden']"), WebElement::click);
        browser.waiting().until(driver -> !driver.getCurrentUrl().endsWith("/kita"));
    }
}
