package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family's rights in a real browser (decision 0016): a mother asks for help, books the open consultation hour and
 * waits for a place on a full day, all through the parents' pages; a social worker finds all three by her phone
 * number written another way, downloads the JSON file, sees the page as it prints, erases everything and then
 * finds nothing.
 */
class FamilyRightsE2ETest extends BrowserTest {

    static final long WATTENSCHEID = 2L;
    /** A Tuesday far from the other browser tests' days, and the Friday they fill. */
    static final LocalDateTime TUESDAY = LocalDateTime.of(2027, 3, 9, 10, 30);
    static final LocalDate FULL_FRIDAY = LocalDate.of(2027, 3, 12);

    @Autowired
    Bookings bookings;

    @Override
    protected String host() {
        return "127.0.0.23";
    }

    @Test
    void aSocialWorkerFindsAFamilyByPhoneDownloadsEverythingErasesItAndFindsNothing() {
        clock.setCityTime(TUESDAY);
        int digits = ThreadLocalRandom.current().nextInt(1000, 10000);
        String phone = "+4922147" + digits;
        String address = "mutter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fillTheFriday();

        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question").goOnTo("help.kita.question")
                .goOnTo("help.contact.question");
        help.enter("help-phone", "0221 47 " + digits).enter("help-email", address)
                .choose("help.contact.interpreter.no");
        help.goOnTo("help.safety.question").goOnTo("help.message.question")
                .enter("help-message", "Wir haben Mietschulden.");
        help.goOnTo("help.check.title").agreeAndSend();
        String code = help.referenceCode();

        browser.forgetEverything();
        var book = new BookingPage(browser).open("de");
        book.chooseLocation("Jugendamt Ruhrstadt, Haus A").goOnTo("book.day.question");
        book.chooseFirstDay();
        book.goOnTo("book.time.question");
        book.chooseFirstTime();
        book.goOnTo("book.contact.question").enter("book-phone", "0221/47" + digits).contactLanguage("de")
                .interpreter(false);
        book.goOnTo("book.check.title");
        String bookingCode = book.book();

        browser.forgetEverything();
        book = new BookingPage(browser).open("de");
        book.chooseLocation("Stadtteilbüro Wattenscheid").goOnTo("book.day.question");
        browser.act(By.cssSelector("#book-full-days a"), WebElement::click);
        browser.waiting().until(driver -> !driver.findElements(By.id("waitlist-email")).isEmpty());
        book.enter("waitlist-email", address);
        browser.act(By.id("waitlist-join"), WebElement::click);
        browser.waiting().until(driver -> !driver.findElement(By.id("waitlist-answer")).getText().isBlank());

        browser.forgetEverything();
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        var fields = new VaadinFields(browser);
        browser.open("/staff/family");
        fields.type("dsr-code", "+49 221 47" + digits);
        fields.press("dsr-find");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dsr-erase")));
        String page = fields.text("dsr-found");
        assertThat(page).contains(code, "Wir haben Mietschulden.", address, bookingCode,
                "Stadtteilbüro Wattenscheid");

        JsonNode json = JsonMapper.builder().build().readTree((String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done);""",
                browser.driver().findElement(By.id("dsr-export")).getAttribute("href")));
        assertThat(json.at("/helpRequests/0/referenceCode").asString()).isEqualTo(code);
        assertThat(json.at("/helpRequests/0/phone").asString()).isEqualTo(phone);
        assertThat(json.at("/bookings/0/code/value").asString()).isEqualTo(bookingCode);
        assertThat(json.at("/bookings/0/phone").asString()).isEqualTo(phone);
        assertThat(json.at("/waitingList/0/email").asString()).isEqualTo(address);
        assertThat(json.at("/waitingList/0/wantedOn").asString()).isEqualTo(FULL_FRIDAY.toString());

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.driver().findElement(By.id("dsr-code")).isDisplayed()).as("printed: no search").isFalse();
        assertThat(browser.driver().findElement(By.id("dsr-erase")).isDisplayed()).as("printed: no buttons")
                .isFalse();
        assertThat(browser.driver().findElement(By.id("dsr-found")).getText()).contains(code, bookingCode, address);
        browser.screenshot("family-de-print");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        fields.press("dsr-erase");
        fields.press("dsr-erase-confirm");
        browser.waiting().until(driver -> fields.text("dsr-message").contains("gelöscht"));
        assertThat(fields.text("dsr-found")).isEmpty();
        fields.type("dsr-code", "0221 47 " + digits);
        fields.press("dsr-find");
        browser.waiting().until(driver -> fields.text("dsr-message").equals("Dazu ist nichts gespeichert."));
        fields.type("dsr-code", address);
        fields.press("dsr-find");
        browser.waiting().until(driver -> fields.text("dsr-message").equals("Dazu ist nichts gespeichert."));
    }

    /** Other families take every place of the Friday, so that the mother can only wait for one. */
    private void fillTheFriday() {
        int taken = 0;
        for (Slot slot : bookings.slots(WATTENSCHEID, FULL_FRIDAY)) {
            for (int place = slot.free(); place > 0; place--) {
                bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt()).phone("+4915110009" + (100 + taken++))
                        .build());
            }
        }
        assertThat(bookings.fullDays(WATTENSCHEID)).contains(FULL_FRIDAY);
    }
}
