package org.kitabruecke.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the step after the password: setting up the second factor, or typing its code. */
public class SecondFactorPage {

    private final Browser browser;
    private final VaadinFields fields;

    public SecondFactorPage(Browser browser) {
        this.browser = browser;
        this.fields = new VaadinFields(browser);
    }

    /** Waits until the code step (or the set-up) is shown, with this main heading. */
    public SecondFactorPage waitForHeading(String heading) {
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("/login/code"));
        browser.waitUntilLive();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
        return this;
    }

    public int mainHeadings() {
        return browser.driver().findElements(By.tagName("h1")).size();
    }

    /** The key shown for typing into the app by hand. */
    public String shownKey() {
        return browser.driver().findElement(By.id("totp-secret")).getText();
    }

    public boolean showsQrCode() {
        return !browser.driver().findElements(By.cssSelector("#totp-qr svg path")).isEmpty();
    }

    public List<String> confirmSetUp(String code) {
        fields.type("enrolment-code", code);
        fields.press("enrolment-confirm");
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#recovery-codes li")).size() == 10);
        return browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText).toList();
    }

    public void goOn() {
        fields.press("second-factor-continue");
    }

    public void enterCode(String code) {
        fields.type("second-factor-code", code);
        fields.press("second-factor-confirm");
    }

    /** Leaves the code step: the password given is forgotten, the login page comes back. */
    public void cancel() {
        fields.press("second-factor-cancel");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
    }

    /** The message at the code field, once there is one. */
    public String codeError() {
        By error = By.cssSelector("#second-factor-code [slot=error-message]");
        browser.waiting().until(driver -> !driver.findElement(error).getText().isBlank());
        return browser.driver().findElement(error).getText();
    }

    public String typedCode() {
        return browser.driver().findElement(By.cssSelector("#second-factor-code input")).getDomProperty("value");
    }
}
