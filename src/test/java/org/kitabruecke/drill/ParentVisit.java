package org.kitabruecke.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kitabruecke.e2e.BookingPage;
import org.kitabruecke.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One parent booking the open consultation hour in a real browser, through the e2e page objects: a place, one of the
 * first open days, one of the first times (so that parents race for the same places), an e-mail address, "book".
 * A time taken in the meantime is answered as a parent would: "choose another time", the first one offered. A page
 * that stops answering (its portal node died) makes the parent start again from the beginning, at most twice.
 */
final class ParentVisit {

    static final String[] PLACES = {"Jugendamt Ruhrstadt, Haus A", "Stadtteilbüro Wattenscheid"};
    private static final int MAX_STARTS = 3;
    private static final int MAX_TAKEN = 6;

    /** What came of one parent's visit. */
    record Outcome(int parent, String email, String code, long millis, int timesTaken, int starts, String nodes,
                   String problem, long finishedAtNanos) {

        boolean booked() {
            return !code.isEmpty();
        }
    }

    private final Browser browser;
    private final RandomGenerator random;

    ParentVisit(Browser browser, RandomGenerator random) {
        this.browser = browser;
        this.random = random;
    }

    Outcome book(int parent, String email) {
        long start = System.nanoTime();
        List<String> nodes = new ArrayList<>();
        String problem = "";
        int taken = 0;
        for (int starts = 1; starts <= MAX_STARTS; starts++) {
            try {
                browser.forgetEverything();
                // every browser here connects from 127.0.0.1: each parent comes from an address of its own, as the
                // city's proxy reports it (X-Forwarded-For; HAProxy appends 127.0.0.1, which the portal trusts)
                browser.comeFrom(address(parent));
                var page = new BookingPage(browser).open("de");
                node(nodes);
                page.chooseLocation(PLACES[parent % 3 == 2 ? 1 : 0]).goOnTo("book.day.question");
                chooseOneOfFirst("book-day", 2);
                page.goOnTo("book.time.question");
                chooseOneOfFirst("book-time", 3);
                page.goOnTo("book.contact.question").enter("book-email", email).contactLanguage("de")
                        .interpreter(false).goOnTo("book.check.title");
                while (true) {
                    node(nodes);
                    String answer = submit();
                    node(nodes);
                    if (answer.startsWith("code:")) {
                        return new Outcome(parent, email, answer.substring(5), millisSince(start), taken, starts,
                                String.join(">", nodes), "", System.nanoTime());
                    }
                    if (!answer.startsWith("taken:") || ++taken > MAX_TAKEN) {
                        return new Outcome(parent, email, "", millisSince(start), taken, starts,
                                String.join(">", nodes), answer, System.nanoTime());
                    }
                    browser.act(By.id("book-choose-other"), WebElement::click);
                    chooseOneOfFirst("book-time", 1);
                    onToCheck(page);
                }
            } catch (RuntimeException stuck) {
                problem = "stuck: " + stuck.getClass().getSimpleName();
            }
        }
        return new Outcome(parent, email, "", millisSince(start), taken, MAX_STARTS, String.join(">", nodes), problem,
                System.nanoTime());
    }

    /** After another time: "next" leads to the check page, or through the (filled-in) contact page to it. */
    private void onToCheck(BookingPage page) {
        browser.act(By.id("book-next"), WebElement::click);
        String check = page.text("book.check.title");
        String contact = page.text("book.contact.question");
        String at = browser.waiting().until(driver -> {
            String heading = page.heading().replaceAll("[\\u200E\\u200F\\u2066-\\u2069]", "");
            return heading.equals(check) || heading.equals(contact) ? heading : null;
        });
        if (at.equals(contact)) {
            page.goOnTo("book.check.title");
        }
    }

    /** Taps "book" and waits for the confirmation or for the problem shown instead. */
    private String submit() {
        browser.act(By.id("book-next"), WebElement::click);
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(45));
        wait.ignoring(RuntimeException.class);
        return wait.until(driver -> {
            List<WebElement> done = driver.findElements(By.id("book-done-code"));
            if (!done.isEmpty() && done.getFirst().isDisplayed() && !done.getFirst().getText().isBlank()) {
                return "code:" + done.getFirst().getText().strip();
            }
            List<WebElement> problem = driver.findElements(By.id("book-problem"));
            if (!problem.isEmpty() && problem.getFirst().isDisplayed() && !problem.getFirst().getText().isBlank()) {
                boolean otherTime = !driver.findElements(By.id("book-choose-other")).isEmpty();
                return (otherTime ? "taken: " : "refused: ") + problem.getFirst().getText().strip();
            }
            return null;
        });
    }

    /** Picks one of the first {@code among} choices offered in a group (day or time), at random. */
    private void chooseOneOfFirst(String group, int among) {
        By labels = By.cssSelector("#" + group + " .kb-choice-label");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(labels));
        int offered = browser.driver().findElements(labels).size();
        int index = random.nextInt(Math.max(1, Math.min(among, offered)));
        browser.waiting().until(driver -> {
            driver.findElements(labels).get(index).click();
            return true;
        });
    }

    /** Notes the portal node HAProxy's cookie names, when it changes. */
    private void node(List<String> nodes) {
        WebDriver driver = browser.driver();
        Cookie cookie = driver.manage().getCookieNamed("KBNODE");
        String node = cookie == null ? "-" : cookie.getValue();
        if (nodes.isEmpty() || !nodes.getLast().equals(node)) {
            nodes.add(node);
        }
    }

    /** A documentation address (TEST-NET-2, then TEST-NET-3) per parent: 198.51.100.1 ... 203.0.113.254. */
    static String address(int parent) {
        return parent < 254 ? "198.51.100." + (parent + 1) : "203.0.113." + (parent - 253 + 1);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
