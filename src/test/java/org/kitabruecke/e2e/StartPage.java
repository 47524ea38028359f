package org.kitabruecke.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the start page ("How can we help?"), in the words of a parent. */
public class StartPage {

    private final Browser browser;

    public StartPage(Browser browser) {
        this.browser = browser;
    }

    public StartPage open(String query) {
        browser.open("/" + query);
        return waitUntilShown();
    }

    public StartPage waitUntilShown() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kb-start h1")));
        return this;
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector(".kb-start h1")).getText();
    }

    public String pageLanguage() {
        return new PortalHeader(browser).pageLanguage();
    }

    public String direction() {
        return new PortalHeader(browser).direction();
    }

    public List<String> waysIn() {
        return browser.driver().findElements(By.cssSelector(".kb-entry .kb-entry-title")).stream()
                .map(WebElement::getText).toList();
    }

    public String openHoursText() {
        return browser.driver().findElement(By.cssSelector(".kb-hours")).getText();
    }

    /** Picks a language by its own name, e.g. "Türkçe", and waits until the page speaks it. */
    public StartPage chooseLanguage(String nativeName) {
        String before = heading();
        new PortalHeader(browser).chooseLanguage(nativeName);
        browser.waiting().until(driver -> !heading().equals(before));
        return this;
    }

    public void leaveQuickly() {
        new PortalHeader(browser).leaveQuickly();
    }

    public boolean scrollsSideways() {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** Whether the youth office's emergency number reads left to right, as dialled, also inside Arabic text. */
    public boolean emergencyNumberReadsAsDialled(String first, String last) {
        return (Boolean) browser.script("""
                const link = [...document.querySelectorAll('.kb-emergency-number[href^="tel:"]')].pop();
                const text = link.firstChild;
                const box = needle => {
                  const at = text.data.indexOf(needle);
                  const range = document.createRange();
                  range.setStart(text, at);
                  range.setEnd(text, at + needle.length);
                  return range.getBoundingClientRect();
                };
                const a = box(arguments[0]), b = box(arguments[1]);
                return Math.abs(a.top - b.top) < 2 ? a.left < b.left : a.top < b.top;""", first, last);
    }

    public void goTo(String wayIn) {
        browser.driver().findElement(By.partialLinkText(wayIn)).click();
    }
}
