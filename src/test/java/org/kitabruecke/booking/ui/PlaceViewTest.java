package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.ui.ChoiceGroup;

@IntegrationTest
@CityTime("2026-12-01T10:30")
class PlaceViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aPlaceShowsTodaysAndTheNextDaysHoursAndLeadsToBookingThere() {
        navigate("book/place/1", PlaceView.class);

        assertThat($view(H1.class).single().getText()).isEqualTo("Jugendamt Ruhrstadt, Haus A");
        assertThat($view(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Dienstag, 1. Dezember: 09:00–12:00 Uhr", "Mittwoch, 2. Dezember: 14:00–17:00 Uhr");
        assertThat($view(Anchor.class).id("place-book").getHref()).isEqualTo("book?place=1");

        UI.getCurrent().navigate("book", QueryParameters.of(LocationStep.PLACE_PARAMETER, "1"));
        assertThat(this.<Long>choices().getSelected()).containsExactly(1L);
    }

    @SuppressWarnings("unchecked")
    private <T> ChoiceGroup<T> choices() {
        return $view(ChoiceGroup.class).id("book-location");
    }
}
