package org.kitabruecke.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;

/** Using Vaadin's field components (Lumo) in the staff pages as a person does: type, tick, pick from a list. */
final class VaadinFields {

    private final Browser browser;

    VaadinFields(Browser browser) {
        this.browser = browser;
    }

    /** Types into a vaadin-text-field, -email-field or -text-area, replacing what was there. */
    void type(String id, String text) {
        browser.act(By.cssSelector("#" + id + " input, #" + id + " textarea"), field -> {
            field.clear();
            field.sendKeys(text);
        });
    }

    /**
     * Opens a vaadin-select by its field (not the middle of the whole component, which misses it right to left) and
     * picks the entry with this text; again, should the list not have been open yet when the entry was clicked.
     */
    void pick(String id, String text) {
        By field = By.cssSelector("#" + id + " vaadin-select-value-button");
        By entry = By.xpath("//*[@id=" + FlowPage.xpathLiteral(id) + "]//vaadin-select-item[normalize-space()="
                + FlowPage.xpathLiteral(text) + " and not(ancestor::vaadin-select-value-button)]");
        browser.waiting().ignoring(ElementNotInteractableException.class).until(driver -> {
            if (driver.findElement(field).getText().strip().equals(text)) {
                return true;
            }
            var entries = driver.findElements(entry);
            if (entries.isEmpty() || !entries.getFirst().isDisplayed()) {
                driver.findElement(field).click();
            } else {
                entries.getFirst().click();
            }
            return false;
        });
    }

    /** Ticks the checkbox (alone, or in a group) whose label is this text. */
    void tick(String text) {
        browser.act(By.xpath("//vaadin-checkbox[.//label[normalize-space()=" + FlowPage.xpathLiteral(text)
                + "]]//input"), WebElement::click);
    }

    void press(String id) {
        browser.act(By.id(id), WebElement::click);
    }

    String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
