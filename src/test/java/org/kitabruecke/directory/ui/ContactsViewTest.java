package org.kitabruecke.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;

/** Finding a Kita and the people responsible for it, without a browser. */
@IntegrationTest
class ContactsViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void typingWithoutUmlautsFindsKitasAndEveryDistrictCanBeBrowsed() {
        navigate(ContactsView.class);
        test($view(Input.class).id("contacts-search")).setValue("muhlen");

        assertThat(results()).containsExactly("Kita Sonnenblume", "Städtische Kita Mühlental");
        assertThat($view(Paragraph.class).id("contacts-count").getText()).isEqualTo("2 Kitas gefunden");
        assertThat($view(NativeDetails.class).all()).hasSize(6);

        test($view(Input.class).id("contacts-search")).setValue("44711");
        assertThat(results()).containsExactly("Kita Zechenzwerge");
    }

    @Test
    void aKitaPageShowsWhoIsResponsibleAndLeadsToHelpWithThisKita() {
        navigate("contacts/kita/1", KitaPageView.class);

        assertThat($view(H1.class).single().getText()).isEqualTo("Kita Regenbogen");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("tel:02214710100", "mailto:anna.beispiel@jugendamt.ruhrstadt.example", "help?kita=1", "book")
                .anyMatch(href -> href.startsWith("geo:0,0?q=Lindenstra"));
        assertThat($view(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("In der Kita: Montag, 08:30–11:30 Uhr", "Sprachen: Deutsch und Englisch");
    }

    private List<String> results() {
        return $view(UnorderedList.class).id("contacts-results").getChildren()
                .map(item -> ((Anchor) item.getChildren().findFirst().orElseThrow()).getText()).toList();
    }
}
