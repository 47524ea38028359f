package org.kitabruecke.e2e;

import org.openqa.selenium.By;
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

    /** Opens a vaadin-select and picks the entry with this text. */
    void pick(String id, String text) {
        browser.act(By.id(id), WebElement::click);
        browser.act(By.xpath("//vaadin-select-item[normalize-space()=" + FlowPage.xpathLiteral(text) + "]"),
                WebElement::click);
        browser.waiting().until(driver -> text.equals(driver.findElement(By.id(id)).getText().strip())
                || driver.findElement(By.id(id)).getText().contains(text));
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
