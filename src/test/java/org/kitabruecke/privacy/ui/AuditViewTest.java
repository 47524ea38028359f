package org.kitabruecke.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kitabruecke.HelpRequestFixtures;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Admins search the audit trail by person; the date pickers speak the admin's language, not English. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    HelpRequests requests;

    @Test
    void searchingByPersonCountsTheirEntriesAndTheCalendarIsInArabic() {
        trail.recordAs("audit-view-test", AuditAction.LOGIN, null, null, null);
        trail.recordAs("audit-view-test", AuditAction.LOGIN_FAILED, null, null, null);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate(AuditView.class);

        test($view(TextField.class).id("audit-actor")).setValue("audit-view-test");

        assertThat($view(Paragraph.class).id("audit-count").getText()).isEqualTo("إدخالان");
        DatePicker from = $view(DatePicker.class).first();
        assertThat(from.getI18n().getMonthNames().getFirst()).isEqualTo("يناير");
        assertThat(from.getI18n().getFirstDayOfWeek()).as("weeks start on Saturday in Arabic").isEqualTo(6);
    }

    @Test
    void aFamilysReferenceCodeAsTheyTypeItFindsTheEntriesOfTheirRequest() {
        Receipt receipt = requests.submit(HelpRequestFixtures.byMail("audit-code@example.org", "de"));
        long id = requests.idOf(receipt.code().value()).orElseThrow();
        trail.recordAs("audit-code-test", AuditAction.EXPORT, "help_request", id, "family-json");
        trail.recordAs("audit-code-test", AuditAction.READ, "help_request", id + 100_000, null);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AuditView.class);

        test($view(TextField.class).id("audit-actor")).setValue("audit-code-test");
        test($view(TextField.class).id("audit-code")).setValue(receipt.code().value().toLowerCase().replace("-", " "));

        assertThat($view(Paragraph.class).id("audit-count").getText()).isEqualTo("1 Eintrag");
        test($view(TextField.class).id("audit-code")).setValue("KB-ZZZ-ZZZ");
        assertThat($view(Paragraph.class).id("audit-count").getText()).isEqualTo("Keine Einträge");
    }
}
