package org.kitabruecke.e2e;

import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object of the privacy notice, and of the links that lead there, in a parent's words. */
public class PrivacyPage extends FlowPage {

    public PrivacyPage(Browser browser) {
        super(browser);
    }

    public PrivacyPage open(String lang) {
        language = Locale.forLanguageTag(lang);
        browser.open("/privacy?lang=" + lang);
        waitUntilShown();
        return this;
    }

    /** Follows the link at the foot of the page ("Datenschutz"). */
    public PrivacyPage followFooterLink(String lang) {
        return follow("privacy-link", lang);
    }

    /** Follows the link below a consent text ("Alles zum Datenschutz"). */
    public PrivacyPage follow(String linkId, String lang) {
        language = Locale.forLanguageTag(lang);
        browser.act(By.id(linkId), WebElement::click);
        waitUntilShown();
        return this;
    }

    public void waitUntilShown() {
        waitForHeading("privacy.notice.title");
    }

    /** The section headings, in reading order. */
    public List<String> sectionTitles() {
        return browser.driver().findElements(By.cssSelector("main section h2")).stream().map(WebElement::getText)
                .toList();
    }

    public String pageLanguage() {
        return String.valueOf(browser.script("return document.documentElement.lang"));
    }

    public boolean scrollsSideways() {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** Elements of the page whose text runs out of their box or out of the screen: cut for the reader. */
    @SuppressWarnings("unchecked")
    public List<String> cutElements() {
        return (List<String>) browser.script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('main *, footer *')].filter(e => {
                  const box = e.getBoundingClientRect();
                  return box.width > 0 && (box.left < -1 || box.right > width + 1
                      || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden'));
                }).map(e => e.tagName + ' ' + e.textContent.slice(0, 40));""");
    }

    /** Saves the whole page, top to bottom, as a phone of this width would show it when scrolled through. */
    public void screenshotWholePage(String name, int width, int height) {
        long full = (Long) browser.script("return Math.ceil(document.documentElement.scrollHeight)");
        browser.viewport(width, (int) full);
        browser.screenshot(name);
        browser.viewport(width, height);
    }
}
