package org.kitabruecke.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;

/** Help near the family, the service pages and the emergency numbers, without a browser. */
@IntegrationTest
class ServicesViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void servicesAreFilteredByTopicAndDistrictAndCityWideOnesAreAlwaysThere() {
        UI.getCurrent().navigate(ServicesView.PATH, QueryParameters.simple(Map.of("topic", "MONEY", "district", "6")));

        assertThat(names()).containsExactly("Job-Center Ruhrstadt", "Schuldner- und Insolvenzberatung");
        assertThat($view(Paragraph.class).id("services-count").getText()).isEqualTo("2 Angebote");
        assertThat(texts()).contains("Schuldnerberatung – Stadtbezirk Südwest", "Job-Center – für die ganze Stadt",
                "Kostenlose Beratung bei Schulden, Mietrückständen und drohender Wohnungskündigung.");

        UI.getCurrent().navigate(ServicesView.PATH, QueryParameters.simple(Map.of("topic", "INTERPRETER")));
        assertThat(names()).containsExactly("Migrationsberatung für Familien");
    }

    @Test
    void aServicePageSpeaksTheReadersLanguageAndShowsHoursAndHowToReachIt() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("tr"));
        navigate(ServicePageView.PATH + "/8", ServicePageView.class);

        assertThat($view(H1.class).single().getText()).isEqualTo("Schuldner- und Insolvenzberatung");
        assertThat(texts()).contains("Borçlar, kira gecikmeleri ve tahliye tehlikesi konusunda ücretsiz danışmanlık.");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("tel:02214710307", "mailto:schuldnerberatung@ruhrstadt.example", "help")
                .anyMatch(href -> href.startsWith("geo:0,0?q=S%C3%BCdwestring"))
                .anyMatch(href -> href.startsWith("https://www.openstreetmap.org/search?query="));
        assertThat($view(UnorderedList.class).id("service-hours").getChildren().map(item -> ((ListItem) item)
                .getText()).toList()).containsExactly("Salı: 09:00–12:00", "Perşembe: 14:00–17:00");
    }

    @Test
    void theEmergencyPageHasEveryNumberToTap() {
        navigate(EmergencyView.PATH, EmergencyView.class);

        assertThat($view(H2.class).all()).extracting(H2::getText)
                .containsExactly("Sofort, Tag und Nacht", "Hilfetelefone für ganz Deutschland");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("tel:110", "tel:112", "tel:02214710999", "tel:08001110550", "tel:116016");
    }

    private List<String> names() {
        return $view(UnorderedList.class).id("services-results").getChildren()
                .map(item -> item.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow())
                .map(link -> ((Anchor) link).getText()).toList();
    }

    private List<String> texts() {
        return $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
