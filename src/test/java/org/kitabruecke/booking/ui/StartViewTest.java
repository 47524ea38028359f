package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;

@IntegrationTest
@CityTime("2026-12-01T10:30")
class StartViewTest extends SpringBrowserlessTest {

    @Test
    void offersTheThreeWaysInAtTheirStableAddresses() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Wie können wir helfen?");
        assertThat(find(Anchor.class).withClassName("kb-entry").all())
                .extracting(Anchor::getHref).containsExactly("help", "book", "contacts");
    }

    @Test
    @CityTime("2026-12-01T12:30")
    void showsTodaysOpenHoursFromTheDatabaseAndMarksThoseThatAreOver() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StartView.class);

        var hours = find(ListItem.class).withClassName("kb-hour").all();
        assertThat(hours).hasSize(2);
        assertThat(hours.get(0).getElement().getTextRecursively())
                .contains("vorbei", "09:00–12:00 Uhr", "Jugendamt Ruhrstadt, Haus A", "Rathausplatz 1, 44701 Ruhrstadt");
        assertThat(hours.get(1).getElement().getTextRecursively())
                .doesNotContain("vorbei").contains("14:00–16:00 Uhr", "Stadtteilbüro Wattenscheid");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Heute, Dienstag, 1. Dezember, gibt es 2 offene Sprechstunden:");
    }

    @Test
    @CityTime("2026-12-05T09:00")
    void onASaturdayPointsToTheNextOpenHour() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StartView.class);

        assertThat(find(ListItem.class).withClassName("kb-hour").all()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains(
                "Heute, Samstag, 5. Dezember, gibt es keine offene Sprechstunde.",
                "Nächste offene Sprechstunde: Montag, 7. Dezember, 09:00–12:00 Uhr, Jugendamt Ruhrstadt, Haus A.");
    }

    @Test
    void speaksArabicWhenTheLanguageChanges() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StartView.class);

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));

        assertThat(find(H1.class).single().getText()).isEqualTo("كيف يمكننا مساعدتكم؟");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("اليوم، الثلاثاء"));
    }
}
