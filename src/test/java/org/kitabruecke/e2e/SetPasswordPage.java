package org.kitabruecke.e2e;

import org.openqa.selenium.By;

/** Page object of {@code /set-password?token=…}, the link from the set-password mail. */
class SetPasswordPage {

    private final Browser browser;
    private final VaadinFields fields;

    SetPasswordPage(Browser browser) {
        this.browser = browser;
        this.fields = new VaadinFields(browser);
    }

    /** Opens the link's address (path and query) as the mail gave it. */
    SetPasswordPage open(String pathAndQuery) {
        browser.open(pathAndQuery);
        return waitUntilShown();
    }

    SetPasswordPage reload() {
        browser.driver().navigate().refresh();
        return waitUntilShown();
    }

    private SetPasswordPage waitUntilShown() {
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#new-password input")).stream()
                .anyMatch(field -> field.isDisplayed())
                || driver.findElements(By.id("set-password-problem")).stream().anyMatch(p -> p.isDisplayed()));
        return this;
    }

    /** Whether the form is there, empty, to be filled in (waits for it: the live page may replace the first). */
    boolean showsEmptyForm() {
        return browser.waiting().until(driver -> driver.findElement(By.id("new-password")).isDisplayed()
                && "".equals(driver.findElement(By.cssSelector("#new-password input")).getDomProperty("value")));
    }

    String intro() {
        return shownText(By.id("set-password-intro"));
    }

    SetPasswordPage choose(String password, String repeated) {
        fields.type("new-password", password);
        fields.type("new-password-repeated", repeated);
        fields.press("set-password-save");
        return this;
    }

    /** The message shown at the new password's field, once it appears. */
    String problemAtPassword() {
        return shownText(By.cssSelector("#new-password [slot=error-message]"));
    }

    String typedPassword() {
        return browser.waiting().until(driver -> driver.findElement(By.cssSelector("#new-password input"))
                .getDomProperty("value"));
    }

    /** What the page says instead of the form (a used, expired or unknown link). */
    String problem() {
        return shownText(By.id("set-password-problem"));
    }

    /** The element's text once it shows some; read again should Vaadin replace the element meanwhile. */
    private String shownText(By element) {
        return browser.waiting().until(driver -> {
            var found = driver.findElement(element);
            String text = found.getText();
            return found.isDisplayed() && !text.isBlank() ? text : null;
        });
    }
}
