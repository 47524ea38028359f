package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kitabruecke.booking.BookingResult;
import org.openqa.selenium.By;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.HourPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A social worker runs today's open consultation hour: waiting time for parents, who came. */
class ConsultationDeskE2ETest extends BrowserTest {

    @Autowired
    Bookings bookings;

    @Autowired
    HourPlanner planner;

    @Test
    void theWaitingTimeTheStaffSetIsWhatParentsSeeAndAttendanceIsRecorded() {
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(1L, LocalDateTime.of(2026, 12, 1, 11, 30))
                .phone("+4915110005001").language("tr", "de").interpreter("tr").topic("Kita-Platz").build());
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        try {
            var desk = new ConsultationDeskPage(browser).openHours();
            desk.setWaitingToday(20);
            browser.screenshot("staff-hours-de-desktop");

            var start = new StartPage(browser).open("?lang=de");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Wartezeit zurzeit etwa 20 Minuten");

            desk.openBookings();
            assertThat(desk.summary()).contains("Dienstag, 1. Dezember", "Jugendamt Ruhrstadt, Haus A");
            assertThat(desk.row(booked.code().value())).contains("11:30", "Türkisch", "mit Dolmetschen",
                    "Kita-Platz", "gebucht");
            desk.markAttended(booked.code().value(), "Erschienen");
            browser.waiting().until(driver -> desk.row(booked.code().value()).contains("erschienen")
                    && !desk.row(booked.code().value()).contains("gebucht"));
            browser.screenshot("staff-bookings-de-desktop");
            browser.open("/staff/places");
            browser.waiting().until(driver -> !driver.findElements(By.id("staff-places-table"))
                    .isEmpty());
            assertThat(browser.driver().findElement(By.id("staff-places-table")).getText())
                    .contains("Rathausplatz 1", "28 Tage im Voraus, bis 60 Minuten vorher");
            browser.screenshot("staff-places-de-desktop");
            browser.open("/staff/bookings?lang=ar");
            browser.waiting().until(driver -> "rtl".equals(new PortalHeader(browser).direction())
                    && desk.row(booked.code().value()).contains("11:30"));
            browser.screenshot("staff-bookings-ar-desktop");
            assertThat(start).isNotNull();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test", null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            planner.estimateWaitingToday(1L, null);
            SecurityContextHolder.clearContext();
        }
    }
}
