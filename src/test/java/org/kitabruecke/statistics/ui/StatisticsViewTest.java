package org.kitabruecke.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A social worker logs a phone call with one tap and sees it counted in this quarter's figures; a second tap says it
 * is the second entry, a wrong one is taken back, and the district table adds up to the total.
 */
@IntegrationTest
@WithMockUser(username = "sozial2", roles = "SOCIAL_WORKER")
class StatisticsViewTest extends SpringBrowserlessTest {

    private static final Pattern ENTERED = Pattern.compile("Eingetragen: (.+) – Ihr (\\d+)\\. Eintrag heute");

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void oneTapLogsAPhoneCallAndTheQuarterCountsIt() {
        navigate(StatisticsView.class);
        int before = count("figures-category", "Telefonberatung");

        test($view(Button.class).id("log-PHONE_COUNSELLING")).click();

        Matcher entered = ENTERED.matcher(message());
        assertThat(entered.matches()).as(message()).isTrue();
        assertThat(entered.group(1)).isEqualTo("Telefonberatung");
        assertThat(count("figures-category", "Telefonberatung")).isEqualTo(before + 1);
        assertThat($view(Button.class).id("log-PHONE_COUNSELLING").isEnabled()).as("ready for the next tap").isTrue();
    }

    @Test
    void aSecondTapSaysItIsTheSecondAndAWrongOneIsTakenBack() {
        navigate(StatisticsView.class);
        test($view(Button.class).id("log-NETWORK_WORK")).click();
        int first = todays();
        int counted = count("figures-category", "Netzwerk- und Stadtteilarbeit");

        test($view(Button.class).id("log-NETWORK_WORK")).click();
        assertThat(todays()).isEqualTo(first + 1);
        test($view(Button.class).id("log-undo")).click();

        assertThat(message()).isEqualTo("Zurückgenommen: Netzwerk- und Stadtteilarbeit");
        assertThat(count("figures-category", "Netzwerk- und Stadtteilarbeit")).isEqualTo(counted);
        test($view(Button.class).id("log-NETWORK_WORK")).click();
        assertThat(todays()).as("the undone entry no longer counts").isEqualTo(first + 1);
    }

    @Test
    void entriesWithoutDistrictHaveARowSoTheDistrictTableAddsUpToTheTotal() {
        navigate(StatisticsView.class);
        test($view(Button.class).id("log-FAMILY_SESSION")).click();

        int rows = $view(NativeTable.class).id("figures-district").getBody().getRows().stream()
                .mapToInt(row -> Integer.parseInt(row.getDataCells().get(1).getElement().getText())).sum();
        int total = $view(NativeTable.class).id("figures-category").getBody().getRows().stream()
                .mapToInt(row -> Integer.parseInt(row.getDataCells().get(1).getElement().getText())).sum();
        assertThat(rows).isEqualTo(total);
        assertThat(count("figures-district", "ohne Stadtbezirk")).isPositive();
    }

    private String message() {
        return $view(Paragraph.class).id("log-message").getText();
    }

    private int todays() {
        Matcher entered = ENTERED.matcher(message());
        assertThat(entered.matches()).as(message()).isTrue();
        return Integer.parseInt(entered.group(2));
    }

    /** This quarter's count in the row with this label of a figures table, 0 if there is none. */
    private int count(String table, String label) {
        return $view(NativeTable.class).id(table).getBody().getRows().stream()
                .filter(row -> row.getDataCells().getFirst().getElement().getText().equals(label))
                .map(row -> Integer.parseInt(row.getDataCells().get(1).getElement().getText()))
                .findFirst().orElse(0);
    }
}
