package org.kitabruecke.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of {@code /admin/accounts}, in the admin's words. */
class AccountsPage {

    private final Browser browser;
    private final VaadinFields fields;

    AccountsPage(Browser browser) {
        this.browser = browser;
        this.fields = new VaadinFields(browser);
    }

    AccountsPage open() {
        browser.open("/admin/accounts");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#account-username input")));
        return this;
    }

    /** Creates a social worker's account; the page then shows it chosen, ready for the link. */
    AccountsPage createSocialWorker(String username, String displayName, String email) {
        fields.type("account-username", username);
        fields.type("account-display-name", displayName);
        fields.type("account-email", email);
        fields.press("account-create");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-created"),
                username));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                "#account-editor h2"), "(" + username + ")"));
        return this;
    }

    /** Sends the chosen account's owner a set-password link; returns what the page says. */
    String sendSetPasswordLink() {
        fields.press("edit-send-link");
        browser.waiting().until(driver -> !driver.findElement(By.id("edit-status")).getText().isBlank());
        return fields.text("edit-status");
    }
}
