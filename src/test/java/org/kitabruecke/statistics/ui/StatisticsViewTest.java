package org.kitabruecke.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A social worker logs a phone call with one tap and sees it counted in this quarter's figures. */
@IntegrationTest
@WithMockUser(username = "sozial2", roles = "SOCIAL_WORKER")
class StatisticsViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void oneTapLogsAPhoneCallAndTheQuarterCountsIt() {
        navigate(StatisticsView.class);
        int before = phoneCalls();

        test($view(Button.class).id("log-PHONE_COUNSELLING")).click();

        assertThat($view(Paragraph.class).id("log-message").getText()).isEqualTo("Eingetragen: Telefonberatung");
        assertThat(phoneCalls()).isEqualTo(before + 1);
    }

    /** This quarter's count in the row "Telefonberatung" of the category table, 0 if there is none. */
    private int phoneCalls() {
        return $view(NativeTable.class).id("figures-category").getBody().getRows().stream()
                .filter(row -> row.getDataCells().getFirst().getElement().getText().equals("Telefonberatung"))
                .map(row -> Integer.parseInt(row.getDataCells().get(1).getElement().getText()))
                .findFirst().orElse(0);
    }
}
