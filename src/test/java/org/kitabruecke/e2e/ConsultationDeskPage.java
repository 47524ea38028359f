package org.kitabruecke.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the social workers' consultation-hour pages: today's bookings and the hours. */
public class ConsultationDeskPage {

    private final Browser browser;

    public ConsultationDeskPage(Browser browser) {
        this.browser = browser;
    }

    public ConsultationDeskPage openBookings() {
        browser.open("/staff/bookings");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-bookings-summary")));
        return this;
    }

    public String summary() {
        return browser.driver().findElement(By.id("staff-bookings-summary")).getText();
    }

    /** The row of a booking, by its code. */
    public String row(String code) {
        return browser.driver().findElement(By.cssSelector("tr[data-code='" + code + "']")).getText();
    }

    public void markAttended(String code, String buttonText) {
        browser.act(By.xpath("//tr[@data-code='" + code + "']//vaadin-button[normalize-space()='" + buttonText + "']"),
                WebElement::click);
    }

    public ConsultationDeskPage openHours() {
        browser.open("/staff/hours");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-hours-table")));
        return this;
    }

    public void setWaitingToday(int minutes) {
        browser.act(By.cssSelector("#staff-waiting input"), field -> {
            field.clear();
            field.sendKeys(String.valueOf(minutes));
        });
        browser.act(By.id("staff-waiting-save"), WebElement::click);
        browser.waiting().until(driver -> !driver.findElement(By.id("staff-hours-message")).getText().isBlank());
    }
}
