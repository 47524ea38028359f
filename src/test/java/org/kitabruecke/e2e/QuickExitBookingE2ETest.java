package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.Mailbox;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A father has booked the open consultation hour, looked at his appointment through the link on the confirmation and
 * put himself on the waiting list of a full day, when someone comes in: he taps "quick exit". Back, Forward and the
 * addresses he used, typed again, show nothing of his: no code, no phone number, no e-mail address, no day chosen.
 */
class QuickExitBookingE2ETest extends BrowserTest {

    private static final long WATTENSCHEID = 2L;
    private static final LocalDate FULL_TUESDAY = LocalDate.of(2026, 12, 15);

    @Autowired
    Bookings bookings;

    Mailbox mailbox;

    @Override
    protected String host() {
        return "127.0.0.26";
    }

    @BeforeAll
    void fullDayAndMailServer() {
        mailbox = new Mailbox();
        int n = 0;
        for (Slot slot : bookings.slots(WATTENSCHEID, FULL_TUESDAY)) {
            for (int place = 0; place < slot.free(); place++) {
                bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt()).phone("+4915110026" + (100 + n++)).build());
            }
        }
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @Test
    void afterQuickExitNothingOfTheBookingOrTheWaitingListIsReachable() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "vater-" + id + "@example.org";
        String waitingEmail = "warten-" + id + "@example.org";
        String phone = "0151 " + (10_000_000 + (int) (Math.random() * 89_999_999));
        List<String> visited = new ArrayList<>();

        var book = new BookingPage(browser).open("de");
        book.chooseLocation("Jugendamt Ruhrstadt, Haus A").goOnTo("book.day.question");
        String day = book.chooseLastDay();
        book.goOnTo("book.time.question");
        book.chooseLastTime();
        book.goOnTo("book.contact.question").enter("book-phone", phone).enter("book-email", email).interpreter(false);
        book.goOnTo("book.check.title");
        visited.addAll(List.of("/book/day", "/book/time", "/book/contact", "/book/check"));
        String code = book.book();
        assertThat(book.pageText()).contains(day);
        visited.add("/book/done");

        browser.act(By.id("book-manage-link"), WebElement::click);
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("/book/manage/"));
        book.waitForHeading("book.manage.title");
        assertThat(book.pageText()).contains(code);
        String manage = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        visited.add(manage);

        book.open("de").chooseLocation("Stadtteilbüro Wattenscheid").goOnTo("book.day.question");
        By fullDay = By.cssSelector("#book-full-days a[href$='" + FULL_TUESDAY + "']");
        browser.act(fullDay, WebElement::click);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("waitlist-email")));
        book.enter("waitlist-email", waitingEmail);
        browser.act(By.id("waitlist-join"), WebElement::click);
        browser.waiting().until(driver -> driver.findElement(By.id("waitlist-answer")).getText()
                .contains(waitingEmail));
        visited.add("/book/waitlist/" + FULL_TUESDAY);

        new PortalHeader(browser).leaveQuickly();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/livez"));

        List<String> secrets = List.of(code, email, waitingEmail, phone, phone.replace(" ", "").substring(1), day);
        for (int back = 1; back <= visited.size() + 2; back++) {
            browser.driver().navigate().back();
            assertShowsNothingOf(secrets, "Back " + back + " times");
        }
        for (int forward = 1; forward <= 3; forward++) {
            browser.driver().navigate().forward();
            assertShowsNothingOf(secrets, "Forward " + forward + " times");
        }
        visited.add("/status");
        for (String typed : visited) {
            browser.open(typed);
            assertShowsNothingOf(secrets, "typing " + typed);
        }
        browser.open("/book/done");
        book.waitForHeading("book.location.question");
        assertThat(book.chosenTitles()).as("the flow starts empty").isEmpty();
    }

    private void assertShowsNothingOf(List<String> secrets, String how) {
        browser.waiting().until(driver -> "complete".equals(browser.script("return document.readyState")));
        String page = String.valueOf(browser.script("return document.documentElement.outerHTML"));
        assertThat(secrets).as("after quick exit, %s (%s)", how, browser.driver().getCurrentUrl())
                .noneMatch(page::contains);
    }
}
