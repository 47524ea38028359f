package org.kitabruecke.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the staff's figures page (German): one-tap entries, their confirmation and undo, the tables. */
public class StatisticsPage {

    private static final Pattern ENTERED = Pattern.compile("Eingetragen: (.+) – Ihr (\\d+)\\. Eintrag heute");

    private final Browser browser;

    public StatisticsPage(Browser browser) {
        this.browser = browser;
    }

    public StatisticsPage open() {
        browser.open("/staff/statistics");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("log-PHONE_COUNSELLING")));
        browser.waitUntilServerHasAll();
        return this;
    }

    /** Taps an activity's button once and waits for the confirmation. */
    public StatisticsPage tap(String category) {
        String before = confirmation();
        browser.act(By.id("log-" + category), WebElement::click);
        browser.waiting().until(driver -> !confirmation().equals(before) && ready(category));
        return this;
    }

    /** Two taps in a row as fast as a finger on a slow phone: the second before the server has answered the first. */
    public StatisticsPage doubleTap(String category) {
        String before = confirmation();
        browser.script("const button = document.getElementById(arguments[0]); button.click(); button.click();",
                "log-" + category);
        browser.waiting().until(driver -> !confirmation().equals(before) && ready(category));
        browser.waitUntilServerHasAll();
        return this;
    }

    /** Whether the activity's button can be tapped (a vaadin-button's disabled state is an attribute). */
    public boolean ready(String category) {
        return browser.driver().findElement(By.id("log-" + category)).getDomAttribute("disabled") == null;
    }

    public StatisticsPage undo() {
        browser.act(By.id("log-undo"), WebElement::click);
        browser.waiting().until(driver -> confirmation().startsWith("Zurückgenommen"));
        return this;
    }

    public String confirmation() {
        return browser.driver().findElement(By.id("log-message")).getText();
    }

    /** Which of today's entries of its kind the confirmation says the last one was: 2 for "Ihr 2. Eintrag heute". */
    public int todaysNumber() {
        Matcher entered = ENTERED.matcher(confirmation());
        if (!entered.matches()) {
            throw new AssertionError("Not a confirmation of an entry: " + confirmation());
        }
        return Integer.parseInt(entered.group(2));
    }

    /** The quarter's count in a figures table's row with this label, 0 if there is no such row. */
    public int count(String table, String label) {
        return browser.driver().findElements(By.cssSelector("#figures-" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 1 && cells.getFirst().getText().equals(label))
                .mapToInt(cells -> Integer.parseInt(cells.get(1).getText())).findFirst().orElse(0);
    }

    /** The sum of a figures table's rows for this quarter. */
    public int sum(String table) {
        return browser.driver().findElements(By.cssSelector("#figures-" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td"))).filter(cells -> cells.size() > 1)
                .mapToInt(cells -> Integer.parseInt(cells.get(1).getText())).sum();
    }
}
