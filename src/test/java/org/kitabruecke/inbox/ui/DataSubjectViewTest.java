package org.kitabruecke.inbox.ui;

import static java.time.DayOfWeek.FRIDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;
import static org.kitabruecke.booking.NewBookings.aBooking;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestDays;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditEntry;
import org.kitabruecke.privacy.AuditQuery;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The family page without a browser: a social worker (no admin) finds a family by phone, sees their request (with
 * the team's note, without who wrote it) and booking on one printable page, erases all after confirming and then
 * finds nothing. A Kita account that types a request's address is refused, and the attempt is in the trail.
 */
@IntegrationTest
@CityTime("tuesday 10:30")
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class DataSubjectViewTest extends SpringBrowserlessTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    Casework casework;

    @Autowired
    Bookings bookings;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aSocialWorkerFindsAFamilyByPhoneSeesEverythingOnOnePageErasesItAndFindsNothing() {
        Receipt receipt = requests.submit(aRequest().about(Topic.MONEY).urgency(Urgency.SOON).phone("+4923412398100")
                .freeText("Die Miete ist zu hoch.").build());
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
        casework.addNote(id, "Rückruf am Donnerstag");
        Slot slot = bookings.slots(2L, TestDays.forClass(DataSubjectViewTest.class).day(FRIDAY)).getFirst();
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(2L, slot.startsAt()).phone("+4923412398100")
                .topic("Miete").build());

        navigate(DataSubjectView.class);
        test($view(TextField.class).id("dsr-code")).setValue("0234 123 981 00");
        test($view(Button.class).id("dsr-find")).click();

        String page = $view(Div.class).id("dsr-found").getElement().getTextRecursively();
        assertThat(page).contains(receipt.code().value(), "Die Miete ist zu hoch.", "Rückruf am Donnerstag",
                booked.code().value(), "Thema: Miete", "Eingegangen über das Formular für Eltern")
                .doesNotContain("sozial", "PARENT");
        test($view(Button.class).id("dsr-print")).click();

        test($view(Button.class).id("dsr-erase")).click();
        test($(Button.class).id("dsr-erase-confirm")).click();

        assertThat($view(Paragraph.class).id("dsr-message").getText())
                .isEqualTo("Die persönlichen Daten der Familie sind gelöscht.");
        assertThat($view(Div.class).id("dsr-found").getElement().getTextRecursively()).isEmpty();
        test($view(Button.class).id("dsr-find")).click();
        assertThat($view(Paragraph.class).id("dsr-message").getText()).isEqualTo("Dazu ist nichts gespeichert.");
        assertThat(trailOf(id)).extracting(AuditEntry::action)
                .contains(AuditAction.READ, AuditAction.EXPORT, AuditAction.ERASE);
        assertThat(trailOf(id)).filteredOn(entry -> entry.action() == AuditAction.EXPORT)
                .extracting(AuditEntry::detail).containsExactly("family-print");
    }

    @Test
    void aKitaAccountTypingARequestsAddressIsRefusedAndTheAttemptIsInTheTrail() {
        Receipt receipt = requests.submit(aRequest().about(Topic.CRISIS).urgency(Urgency.URGENT).children(0, 0, 1)
                .district(1L).phone("+4923412398101").build());
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "kita", "n/a", List.of(new SimpleGrantedAuthority("ROLE_KITA_STAFF")))));

        UI.getCurrent().navigate(RequestView.PATH + "/" + id);

        assertThat(getCurrentView()).isNotInstanceOf(RequestView.class);
        assertThat(trailOf(id)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::recordType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kita", AuditAction.REFUSED, "help_request"));
    }

    /** The trail of a request as an admin searches it. */
    private List<AuditEntry> trailOf(long requestId) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
        try {
            return audit.search(new AuditQuery(null, requestId, null, null), 0, 50).stream()
                    .filter(entry -> "help_request".equals(entry.recordType())).toList();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

}
