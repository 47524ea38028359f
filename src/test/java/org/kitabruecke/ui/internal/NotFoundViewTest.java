package org.kitabruecke.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;

@IntegrationTest
class NotFoundViewTest extends SpringBrowserlessTest {

    @Test
    void aMistypedFlyerAddressShowsAFriendlyPageWithTheWayBack() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("tr"));

        navigate("hilfe", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Sayfa bulunamadı");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Ana sayfaya dön");
    }

    @Test
    void staffPagesAreNotRevealedToAnonymousVisitors() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        var shown = navigate("staff", com.vaadin.flow.component.Component.class);

        assertThat(shown.getClass().getSimpleName()).isNotEqualTo("InboxView");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Posteingang");
    }
}
