package org.kitabruecke.e2e;

import org.openqa.selenium.By;

/** The top bar every page shares: language picker and quick exit. */
public class PortalHeader {

    private final Browser browser;

    public PortalHeader(Browser browser) {
        this.browser = browser;
    }

    /** Opens the language list and picks a language by its own name, e.g. "Türkçe". */
    public void chooseLanguage(String nativeName) {
        browser.driver().findElement(By.cssSelector(".kb-lang-summary")).click();
        browser.driver().findElement(By.linkText(nativeName)).click();
    }

    public void leaveQuickly() {
        browser.driver().findElement(By.cssSelector(".kb-quick-exit")).click();
    }

    public String pageLanguage() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public String direction() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("dir");
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }
}
