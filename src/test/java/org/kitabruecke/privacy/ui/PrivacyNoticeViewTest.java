package org.kitabruecke.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.staff.ui.LoginView;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The privacy notice (GDPR Art. 13) without a browser: every section with the city's configured names, numbers and
 * periods, in German and in Arabic, and the link to it at the foot of parent, login and staff pages.
 */
@IntegrationTest
class PrivacyNoticeViewTest extends SpringBrowserlessTest {

    private static final List<String> SECTIONS = List.of("controller", "dpo", "purpose", "basis", "recipients",
            "retention", "rights", "complaint");

    @Test
    void theNoticeNamesWhoIsResponsibleTheOfficerTheAuthorityAndEveryPeriodAsConfigured() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(PrivacyNoticeView.class);

        assertThat($view(H1.class).single().getText()).isEqualTo("Datenschutz");
        assertThat(SECTIONS).allSatisfy(name -> assertThat($view(H2.class).from(section(name)).single().getText())
                .isNotBlank());
        assertThat(text("controller")).contains("Verantwortlich ist: Stadt Ruhrstadt, Jugendamt – Kita-Sozialarbeit, "
                + "Rathausplatz 1, 44700 Ruhrstadt. Telefon ", "E-Mail kita-sozialarbeit@jugendamt.ruhrstadt.example.");
        assertThat(links("controller")).containsExactly("tel:02214710100",
                "mailto:kita-sozialarbeit@jugendamt.ruhrstadt.example");
        assertThat(text("dpo")).contains("Datenschutzbeauftragte der Stadt Ruhrstadt, E-Mail datenschutz@ruhrstadt"
                + ".example, Telefon ");
        assertThat(links("dpo")).containsExactly("mailto:datenschutz@ruhrstadt.example", "tel:02214710050");
        assertThat(lines("purpose")).hasSize(4);
        assertThat(lines("basis")).anySatisfy(line -> assertThat(line).contains("Art. 9 Abs. 2 Buchstabe a DSGVO"))
                .anySatisfy(line -> assertThat(line).contains("Art. 6 Abs. 1 Buchstabe e DSGVO"));
        assertThat(lines("retention")).containsExactly(
                "Anfrage um Hilfe, abgeschlossen: 6 Monate nach dem Abschluss",
                "Anfrage um Hilfe, bei der wir Sie nicht erreicht haben: 3 Monate nach dem Eingang",
                "Anfrage um Hilfe, noch offen: 1 Jahr nach der letzten Änderung",
                "Termin in der offenen Sprechstunde: 30 Tage nach dem Termin",
                "Eintrag auf der Warteliste: 30 Tage nach dem Eintrag",
                "E-Mail, die nicht zugestellt werden konnte: 30 Tage");
        assertThat(lines("rights")).hasSize(6);
        assertThat(links("rights")).containsExactly("tel:02214710100");
        assertThat(text("complaint")).contains("Landesbeauftragte für Datenschutz und Informationsfreiheit "
                + "Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.");
        assertThat(links("complaint")).as("the authority's site is named, nothing is loaded from it").isEmpty();
        assertThat($view(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Alle Angaben sind freiwillig."))
                .anySatisfy(text -> assertThat(text).contains("Werbe- oder Statistik-Cookies"));
        assertThat($view(Paragraph.class).id("privacy-updated").getText()).isEqualTo("Stand: 30. November 2026");
    }

    @Test
    void inArabicTheCitysGermanNamesKeepTheirOwnDirectionAndNumbersStayTappable() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate(PrivacyNoticeView.class);

        assertThat($view(H1.class).single().getText()).matches(".*\\p{IsArabic}.*");
        assertThat(SECTIONS).allSatisfy(name -> assertThat($view(H2.class).from(section(name)).single().getText())
                .matches(".*\\p{IsArabic}.*"));
        assertThat(text("complaint")).matches("(?s).*\\p{IsArabic}.*")
                .contains("Kavalleriestraße 2–4, 40213 Düsseldorf");
        assertThat($view(Span.class).from(section("controller")).all())
                .as("a German name or address inside Arabic is laid out in its own direction")
                .isNotEmpty().allSatisfy(value -> assertThat(value.getElement().getAttribute("dir")).isEqualTo("auto"));
        assertThat($view(Anchor.class).from(section("dpo")).all())
                .extracting(link -> link.getElement().getAttribute("dir")).containsOnly("ltr");
        assertThat(links("controller")).containsExactly("tel:02214710100",
                "mailto:kita-sozialarbeit@jugendamt.ruhrstadt.example");
        assertThat(lines("retention")).first().asString().as("ICU's Arabic words and digits for 182 days")
                .contains("6 أشهر");
        assertThat($view(Paragraph.class).id("privacy-updated").getText()).contains("نوفمبر", "2026");
    }

    @Test
    void theParentPagesAndTheLoginPageLinkToTheNoticeAtTheirFoot() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(LoginView.class);
        assertThat(footerLink().getHref()).isEqualTo("privacy");
        assertThat(footerLink().getText()).isEqualTo("Datenschutz");

        UI.getCurrent().setLocale(Locale.forLanguageTag("tr"));
        navigate(PrivacyNoticeView.class);
        assertThat(footerLink().getHref()).isEqualTo("privacy");
        assertThat(footerLink().getText()).isNotEqualTo("Datenschutz").isNotBlank();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyStaffPageLinksToTheNotice() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AuditView.class);

        assertThat(footerLink().getHref()).isEqualTo("privacy");
        assertThat(footerLink().getText()).isEqualTo("Datenschutz");
    }

    private Anchor footerLink() {
        return $(Anchor.class).id("privacy-link");
    }

    private Section section(String name) {
        return $view(Section.class).id("privacy-" + name);
    }

    private String text(String name) {
        return section(name).getElement().getTextRecursively();
    }

    private List<String> lines(String name) {
        return $view(ListItem.class).from(section(name)).all().stream().map(Component::getElement)
                .map(element -> element.getTextRecursively()).toList();
    }

    private List<String> links(String name) {
        return $view(Anchor.class).from(section(name)).all().stream().map(Anchor::getHref).toList();
    }
}
