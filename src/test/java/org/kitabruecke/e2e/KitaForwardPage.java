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
