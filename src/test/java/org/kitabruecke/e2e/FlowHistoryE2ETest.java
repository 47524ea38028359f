package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parent on a real phone: every step of the help request and of the booking has its own address in the address
 * bar; a reload shows the same step, Back and Forward move one step and show the answers given, and a step shown
 * with its answer goes on at the first tap. Every step is answered on the page's HTML copy before Vaadin's client
 * is there, or after it is live, by turns. A double tap on "send" sends once. In German and in Arabic, at 390×844.
 */
class FlowHistoryE2ETest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** One question: its address, its heading, how the parent answers it, and how the answer shows when back. */
    record Step<P extends FlowPage>(String path, String questionKey, Consumer<P> answer, Predicate<P> showsAnswer) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void everyStepOfTheHelpRequestSurvivesReloadBackAndForwardAndSendsOnce(String lang) {
        String message = "Mietschulden " + UUID.randomUUID();
        List<Step<HelpRequestPage>> steps = List.of(
                new Step<>("/help", "help.topics.question",
                        page -> page.choose("help.topic.MONEY"), page -> page.isChosen("help.topic.MONEY")),
                new Step<>("/help/urgency", "help.urgency.question",
                        page -> page.choose("help.urgency.SOON"), page -> page.isChosen("help.urgency.SOON")),
                new Step<>("/help/children", "help.children.question",
                        page -> page.addChild(1).<HelpRequestPage>waitForText("help-children-1", "1"),
                        page -> page.textOf("help-children-1").equals("1")),
                new Step<>("/help/kita", "help.kita.question",
                        page -> page.searchKita("sonnenblume").chooseKita("Kita Sonnenblume"),
                        page -> page.isKitaChosen("Kita Sonnenblume")),
                new Step<>("/help/contact", "help.contact.question",
                        page -> page.enter("help-phone", "0151 2345 6789").choose("help.contact.interpreter.no"),
                        page -> page.valueOf("help-phone").equals("0151 2345 6789")),
                new Step<>("/help/safe-contact", "help.safety.question", page -> { }, page -> true),
                new Step<>("/help/message", "help.message.question",
                        page -> page.enter("help-message", message),
                        page -> page.valueOf("help-message").equals(message)),
                new Step<>("/help/check", "help.check.title", page -> { }, page -> true));

        var help = new HelpRequestPage(browser).open(lang);
        walk(help, steps, help::goOn);

        assertThat(help.pageText()).contains("Kita Sonnenblume", message);
        Object entries = browser.script("return history.length");
        help.choose("privacy.consent.agree");
        doubleTap("help-next");
        browser.waiting().until(driver -> !driver.findElements(By.id("help-sent-code")).isEmpty());
        assertThat(path()).isEqualTo("/help/sent");
        assertThat(browser.script("return history.length")).as("the receipt took the check page's place")
                .isEqualTo(entries);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM help_request WHERE free_text = ?", Integer.class, message))
                .as("sent once").isEqualTo(1);
        browser.driver().navigate().back();
        browser.waiting().until(driver -> path().equals("/help"));
        assertThat(help.pageText()).doesNotContain(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void everyStepOfTheBookingSurvivesReloadBackAndForwardAndBooksOnce(String lang) {
        String phone = "0151 " + (10_000_000 + (int) (Math.random() * 89_999_999));
        List<Step<BookingPage>> steps = List.of(
                new Step<>("/book", "book.location.question",
                        page -> page.chooseLocation("Jugendamt Ruhrstadt, Haus A"),
                        page -> page.isChosenChoice("Jugendamt Ruhrstadt, Haus A")),
                new Step<>("/book/day", "book.day.question",
                        page -> page.chooseLastDay(), page -> page.isLastChosen("book-day")),
                new Step<>("/book/time", "book.time.question",
                        page -> page.chooseLastTime(), page -> page.isLastChosen("book-time")),
                new Step<>("/book/contact", "book.contact.question",
                        page -> page.enter("book-phone", phone).interpreter(false),
                        page -> page.valueOf("book-phone").equals(phone)),
                new Step<>("/book/check", "book.check.title", page -> { }, page -> true));

        var book = new BookingPage(browser).open(lang);
        walk(book, steps, () -> browser.act(By.id("book-next"), element -> element.click()));

        Object entries = browser.script("return history.length");
        doubleTap("book-next");
        browser.waiting().until(driver -> !driver.findElements(By.id("book-done-code")).isEmpty());
        assertThat(path()).isEqualTo("/book/done");
        assertThat(browser.script("return history.length")).as("the confirmation took the check page's place")
                .isEqualTo(entries);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE phone = ?", Integer.class,
                "+49" + phone.replace(" ", "").substring(1))).as("booked once").isEqualTo(1);
    }

    /**
     * A parent ticks an answer on the page's HTML copy and taps "Next" a moment later, while Vaadin's client takes the
     * copy's place: the tap lands where the thumb aimed, on "Next", never on another answer.
     */
    @Test
    void aQuickSecondTapLandsWhereTheThumbAimed() {
        for (int wait = 0; wait <= 280; wait += 40) {
            browser.forgetEverything();
            var help = new HelpRequestPage(browser).open("de");
            help.choose("help.topic.MONEY");
            var next = (java.util.Map<?, ?>) browser.script("const b = document.getElementById('help-next');"
                    + "b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();"
                    + "return {x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2)};");
            new Actions(browser.driver()).pause(Duration.ofMillis(wait))
                    .moveToLocation(((Number) next.get("x")).intValue(), ((Number) next.get("y")).intValue())
                    .click().perform();
            help.waitForHeading("help.urgency.question");
            browser.driver().navigate().back();
            help.waitForHeading("help.topics.question");
            List<String> tapped = List.of(help.text("help.topic.MONEY"));
            browser.waiting().withMessage("only the topic tapped is chosen, after a second tap " + wait + " ms later")
                    .until(driver -> help.chosenTitles().equals(tapped));
        }
    }

    /**
     * Answers each step and goes on; then, on the next step: reload, back (the answer is shown), forward, back
     * again and go on at once, which must arrive at the next step without a word about a missing answer.
     */
    private <P extends FlowPage> void walk(P page, List<Step<P>> steps, Runnable goOn) {
        for (int i = 0; i < steps.size() - 1; i++) {
            Step<P> step = steps.get(i);
            Step<P> next = steps.get(i + 1);
            assertThat(path()).as("address of " + step.questionKey()).isEqualTo(step.path());
            if (i % 2 == 1) {
                page.wakeClient();
            }
            step.answer().accept(page);
            goOn.run();
            arriveAt(page, next);

            browser.driver().navigate().refresh();
            arriveAt(page, next);

            browser.driver().navigate().back();
            arriveAt(page, step);
            // read while the page settles: a page the browser restores from its cache is loaded anew at once
            browser.waiting().withMessage("answer shown on " + step.path() + " after back")
                    .until(driver -> step.showsAnswer().test(page));

            browser.driver().navigate().forward();
            arriveAt(page, next);

            browser.driver().navigate().back();
            arriveAt(page, step);
            goOn.run();
            arriveAt(page, next);
            assertThat(page.visibleErrors()).as("no complaint on " + step.path()).isEmpty();
        }
    }

    private void arriveAt(FlowPage page, Step<?> step) {
        try {
            page.waitForHeading(step.questionKey());
        } catch (RuntimeException notThere) {
            String name = "flow-history-" + page.language.getLanguage() + step.path().replace('/', '-');
            browser.screenshot(name);
            throw new AssertionError("Expected " + step.path() + " but the browser shows " + path() + " with '"
                    + page.heading() + "' and " + page.visibleErrors() + " (target/screenshots/" + name + ".png)",
                    notThere);
        }
        assertThat(path()).as("address bar on " + step.questionKey()).isEqualTo(step.path());
        assertThat(page.direction()).isEqualTo("ar".equals(page.language.getLanguage()) ? "rtl" : "ltr");
    }

    /** Two taps in quick succession, as an impatient thumb does: both reach the page before anything answers. */
    private void doubleTap(String buttonId) {
        browser.waiting().until(driver -> !driver.findElements(By.id(buttonId)).isEmpty());
        browser.script("const button = document.getElementById(arguments[0]);"
                + "button.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));"
                + "button.click(); button.click();", buttonId);
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
