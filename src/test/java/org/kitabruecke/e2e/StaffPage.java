package org.kitabruecke.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any staff page as a person (and a screen reader) meets it: the frame with menu and logout, headings, texts. */
public class StaffPage {

    /**
     * What Vaadin's components say by themselves in English (Vaadin 25 defaults) and what would show if a page forgot
     * to hand them a translation: upload, date picker, login form, grid sorter, connection indicator, dialogs.
     */
    static final String ENGLISH = "(?i).*\\b(drop files? here|upload files?|remaining time|today|cancel|sort by"
            + "|show password|hide password|log in|username|password is required|incorrect username|online"
            + "|connection lost|server connection|more options|confirm|reject|january|sunday|monday"
            + "|too many files|file is too big|incorrect file type|server unavailable|forbidden|processing file"
            + "|queued|stalled|connecting|retry|remove)\\b.*";

    /**
     * Every text of the page in light and shadow DOM that a person could see or hear: rendered text, accessible
     * names and hints, and the texts a Vaadin component keeps for later (its i18n object: the date picker's "Today"
     * before it is opened, the upload's error texts). The hidden "forgot password" button of the login form is left
     * out: the form never shows it.
     */
    private static final String TEXTS = """
            const out = [];
            const shown = el => !el.closest('[hidden]') && el.checkVisibility();
            const strings = (value, where) => {
              if (typeof value === 'string') out.push(where + ': ' + value);
              else if (Array.isArray(value)) value.forEach(v => strings(v, where));
              else if (value && typeof value === 'object') Object.entries(value)
                  .filter(([key]) => key !== 'forgotPassword').forEach(([key, v]) => strings(v, where + '.' + key));
            };
            const walk = root => root.querySelectorAll('*').forEach(el => {
              if (['style', 'script', 'noscript', 'template'].includes(el.localName)) return;
              if (shown(el)) {
                el.childNodes.forEach(n => { if (n.nodeType === 3 && n.textContent.trim())
                    out.push(el.localName + ': ' + n.textContent.trim()); });
                ['aria-label', 'title', 'placeholder'].forEach(a => { if (el.getAttribute(a))
                    out.push(el.localName + '@' + a + ': ' + el.getAttribute(a)); });
              }
              if (el.localName.startsWith('vaadin-') && el.i18n) strings(el.i18n, el.localName + '.i18n');
              if (el.shadowRoot) walk(el.shadowRoot);
            });
            walk(document);
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) ['onlineText', 'offlineText', 'reconnectingText']
                .forEach(p => out.push('connection indicator.' + p + ': ' + indicator[p]));
            return out;""";

    /** Headings of level 1 the page shows, in light and shadow DOM, as the accessibility tree has them. */
    private static final String MAIN_HEADINGS = """
            const found = [];
            const walk = root => root.querySelectorAll('h1, [role=heading][aria-level="1"]').forEach(h => {
              if (h.checkVisibility()) found.push(h.textContent.trim());
            });
            const all = root => { walk(root); root.querySelectorAll('*').forEach(el => el.shadowRoot && all(el.shadowRoot)); };
            all(document);
            return found;""";

    private final Browser browser;

    public StaffPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a staff page and waits until it shows its heading. */
    public StaffPage open(String path) {
        browser.open(path);
        return waitUntilShown();
    }

    public StaffPage waitUntilShown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        if (!browser.driver().findElements(By.cssSelector(".kb-staff")).isEmpty()) {
            browser.waitUntilServerHasAll();
        }
        return this;
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    /** The texts of the main headings (level 1) a screen reader finds; a page should have exactly one. */
    @SuppressWarnings("unchecked")
    public List<String> mainHeadings() {
        return (List<String>) browser.script(MAIN_HEADINGS);
    }

    /** Everything the page says or keeps to say that is in Vaadin's English. */
    @SuppressWarnings("unchecked")
    public List<String> englishTexts() {
        // each text reads "where: text"; only the text counts (the i18n keys themselves are English words)
        return ((List<String>) browser.script(TEXTS)).stream()
                .filter(text -> text.substring(text.indexOf(": ") + 2).matches(ENGLISH)).toList();
    }

    /** The areas the staff menu offers. */
    public List<String> menu() {
        return browser.driver().findElements(By.cssSelector(".kb-staff-header nav a")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean offersLogout() {
        return browser.driver().findElements(By.cssSelector(".kb-staff-header vaadin-button")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    public String loggedInAs() {
        return browser.driver().findElement(By.cssSelector(".kb-staff-user")).getText();
    }

    public String text() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /**
     * Opens the language list and picks a language by its own name; the page changes in place. Clicks go to the
     * elements themselves: with a desktop-sized screen emulated in the test's phone-sized window, half the list lies
     * outside the real window, where WebDriver neither sees nor clicks.
     */
    public StaffPage chooseLanguage(String nativeName) {
        By entry = By.cssSelector(".kb-lang a[lang]");
        browser.waiting().withMessage(() -> "no link " + nativeName + " among " + browser.driver().findElements(entry)
                .stream().map(a -> a.getDomProperty("textContent")).toList()).until(driver -> {
            if (driver.findElements(By.cssSelector(".kb-lang[open]")).isEmpty()) {
                browser.script("arguments[0].click()", driver.findElement(By.cssSelector(".kb-lang-summary")));
                return false;
            }
            var link = driver.findElements(entry).stream()
                    .filter(a -> nativeName.equals(String.valueOf(a.getDomProperty("textContent")).strip()))
                    .findFirst();
            link.ifPresent(a -> browser.script("arguments[0].click()", a));
            return link.isPresent();
        });
        return this;
    }

    /** Switches the language in place and waits for the page's heading in it. */
    public StaffPage chooseLanguage(String nativeName, String expectedHeading) {
        chooseLanguage(nativeName);
        try {
            browser.waiting().until(driver -> heading().equals(expectedHeading));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("staff-language-not-switched");
            throw new AssertionError("heading stayed " + heading() + " at " + browser.driver().getCurrentUrl(), e);
        }
        browser.waitUntilServerHasAll();
        return this;
    }
}
