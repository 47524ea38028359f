package org.kitabruecke.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the status lookup, in a parent's words. */
public class StatusPage {

    private final Browser browser;

    public StatusPage(Browser browser) {
        this.browser = browser;
    }

    public StatusPage open(String query) {
        browser.open("/status" + query);
        // the page arrives as HTML; the live page takes over when the parent starts typing, keeping what was typed
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("status-code")));
        return this;
    }

    public String lookUp(String code, String pin) {
        enter(code, pin);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kb-answer p")));
        return browser.driver().findElement(By.cssSelector(".kb-answer p")).getText();
    }

    /** Enters something that cannot be a code and PIN; returns the messages shown at the fields. */
    public java.util.List<String> lookUpMistyped(String code, String pin) {
        enter(code, pin);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("status-pin-error")));
        return browser.driver().findElements(By.cssSelector(".kb-field-error")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    private void enter(String code, String pin) {
        browser.act(By.id("status-code"), field -> field.sendKeys(code));
        browser.act(By.id("status-pin"), field -> field.sendKeys(pin));
        browser.act(By.id("status-submit"), WebElement::click);
    }
}
