package org.kitabruecke.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the staff login. */
public class LoginPage {

    private static final By USERNAME = By.cssSelector("input[name=username]");
    private static final By PASSWORD = By.cssSelector("input[name=password]");

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public LoginPage open(String query) {
        browser.open("/login" + query);
        return waitUntilLive();
    }

    /** The first paint is a read-only copy; the form can be used once Vaadin's client has swapped it out. */
    public LoginPage waitUntilLive() {
        browser.waitUntilLive();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(USERNAME));
        return this;
    }

    public LoginPage typeUsername(String user) {
        browser.driver().findElement(USERNAME).sendKeys(user);
        return this;
    }

    public String typedUsername() {
        return browser.driver().findElement(USERNAME).getDomProperty("value");
    }

    /** Switches the language of the open page in place, as the live page does, and waits for the new heading. */
    public LoginPage chooseLanguage(String nativeName, String expectedHeading) {
        new PortalHeader(browser).chooseLanguage(nativeName);
        browser.waiting().until(driver -> new PortalHeader(browser).heading().equals(expectedHeading));
        return this;
    }

    /** What a screen reader says on the button that shows the password. */
    public String showPasswordLabel() {
        browser.waiting().until(driver -> browser.script("const b = document.querySelector("
                + "'vaadin-password-field [slot=reveal]'); return b && b.getAttribute('aria-label')") != null);
        return String.valueOf(browser.script("return document.querySelector('vaadin-password-field [slot=reveal]')"
                + ".getAttribute('aria-label')"));
    }

    public void logInAs(String user, String password) {
        browser.driver().findElement(USERNAME).sendKeys(user);
        browser.driver().findElement(PASSWORD).sendKeys(password, Keys.ENTER);
    }

    public String errorMessage() {
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("error"));
        return browser.driver().findElement(By.cssSelector("vaadin-login-form")).getText();
    }
}
