package org.kitabruecke.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.inbox.FamilyRights;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.privacy.KitaConsent;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.KitaForward;
import org.kitabruecke.request.KitaForwarding;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a social worker reads on {@code /staff/request/<id>} is what the family (or their Kita) said: a question the
 * family left open or the Kita form never asked reads as such, never as an answer; the consent names the text read.
 */
@IntegrationTest
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class RequestViewTest extends SpringBrowserlessTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    KitaForwarding forwarding;

    @Autowired
    FamilyRights rights;

    @Autowired
    Directory directory;

    @Autowired
    Translations translations;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aParentWhoTickedNoCautionIsNotShownAsFineWithAVoicemailMessage() {
        ConsentRecord readInArabic = Consent.record(translations, Locale.forLanguageTag("ar"));
        Receipt receipt = requests.submit(aRequest().about(Topic.CRISIS).urgency(Urgency.URGENT).children(0, 0, 0)
                .district(1L).phone("+4915112340077").language("ar").withInterpreter().consent(readInArabic).build());

        List<String> facts = openRequest(receipt);

        assertThat(facts).contains("Mailbox Nicht beantwortet", "Gut erreichbar Nicht beantwortet",
                "Kinder unter 1 Jahr: 0, 1 bis 3 Jahre: 0, 3 bis 6 Jahre: 0");
        assertThat(String.join("\n", facts)).doesNotContain("in Ordnung");
        assertThat(facts).filteredOn(fact -> fact.startsWith("Einwilligung")).singleElement().asString()
                .as("the consent names the text the parent read: version, language and fingerprint")
                .isEqualTo("Einwilligung Fassung " + Consent.VERSION + ", auf Arabisch gelesen, Fingerabdruck "
                        + readInArabic.fingerprint());
    }

    @Test
    void aParentWhoAskedForNoVoicemailAndNoMailIsShownSo() {
        Receipt receipt = requests.submit(aRequest().about(Topic.CRISIS).urgency(Urgency.URGENT).children(0, 1, 0)
                .district(1L).phone("+4915112340078").email("geheim@example.org").callTimes("vormittags").noVoicemail()
                .noEmails().consent(Consent.record(translations, Locale.GERMAN)).build());

        assertThat(openRequest(receipt)).contains("Mailbox Bitte keine Nachricht auf der Mailbox",
                "E-Mail geheim@example.org", "Schreiben per E-Mail Bitte keine E-Mails", "Gut erreichbar vormittags",
                "Kinder unter 1 Jahr: 0, 1 bis 3 Jahre: 1, 3 bis 6 Jahre: 0");
    }

    @Test
    void aFamilyForwardedByItsKitaIsShownAsNotAskedWhereTheKitaFormAsksNothing() {
        Receipt receipt = asKitaStaff(() -> forwarding.forward(new KitaForward(Set.of(Topic.PARENTING), Urgency.SOON,
                new PhoneNumber("+4915112340079"), new EmailAddress("familie-uk@example.org"),
                ContactLanguage.of("uk"), true, "uk", true)));
        String kita = directory.kita(1L).orElseThrow().name();

        List<String> facts = openRequest(receipt);

        assertThat(facts).contains("Kinder Nicht gefragt (Weiterleitung durch die Kita)",
                "Mailbox Nicht gefragt (Weiterleitung durch die Kita)",
                "Schreiben per E-Mail Nicht gefragt (Weiterleitung durch die Kita)",
                "Gut erreichbar Nicht gefragt (Weiterleitung durch die Kita)",
                "Eingegangen über " + kita + " (weitergeleitet)");
        assertThat(String.join("\n", facts)).as("the account's user name is nothing a person knows it by")
                .doesNotContain("von kita");
        assertThat(String.join("\n", facts)).doesNotContain("in Ordnung", ": 0,");
        assertThat(facts).filteredOn(fact -> fact.startsWith("Einwilligung")).singleElement().asString()
                .matches("Einwilligung Fassung " + KitaConsent.VERSION + ", mit der Kita auf Ukrainisch gelesen, "
                        + "Fingerabdruck [0-9a-f]{12}");
        assertThat($view(OrderedList.class).id("request-history").getElement().getTextRecursively())
                .contains("Eingegangen über " + kita + " (weitergeleitet)").doesNotContain("()");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theDataSubjectExportNamesTheConsentTextAndLeavesOpenWhatWasNeverAnswered() {
        Receipt receipt = asKitaStaff(() -> forwarding.forward(new KitaForward(Set.of(Topic.MONEY), Urgency.SOON,
                new PhoneNumber("+4915112340080"), null, ContactLanguage.of("tr"), false, "tr", true)));

        navigate(DataSubjectView.class);
        test($view(TextField.class).id("dsr-code")).setValue(receipt.code().value());
        test($view(Button.class).id("dsr-find")).click();
        assertThat(facts()).as("the printable page").contains("Mailbox Nicht gefragt (Weiterleitung durch die Kita)")
                .anySatisfy(fact -> assertThat(fact).matches("Einwilligung Fassung " + KitaConsent.VERSION + ", mit der Kita "
                        + "auf Türkisch gelesen, Fingerabdruck [0-9a-f]{12}"));

        JsonNode export = JsonMapper.builder().build().readTree(rights.json(rights.find(receipt.code().value())))
                .at("/helpRequests/0");
        assertThat(export.at("/consent/version").asString()).isEqualTo(KitaConsent.VERSION);
        assertThat(export.at("/consent/language").asString()).isEqualTo("tr");
        assertThat(export.at("/consent/fingerprint").asString()).matches("[0-9a-f]{12}");
        assertThat(export.at("/voicemailOk").asString()).isEqualTo("NOT_ANSWERED");
        assertThat(export.at("/emailOk").asString()).isEqualTo("NOT_ANSWERED");
        assertThat(export.get("children").isNull()).as("the Kita form does not ask about children").isTrue();
        assertThat(export.get("callTimes").isNull()).isTrue();
    }

    /** Opens the staff page of a request; each fact as "label value". */
    private List<String> openRequest(Receipt receipt) {
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
        navigate(RequestView.PATH + "/" + id, RequestView.class);
        return facts();
    }

    static List<String> factsOf(Element list) {
        return list.getChildren().map(line -> line.getChildren().map(Element::getTextRecursively)
                .reduce((label, value) -> label + " " + value).orElse("")).toList();
    }

    private List<String> facts() {
        Element list = $view(CaseFacts.class).single().getElement().getChild(0);
        return factsOf(list);
    }

    private static Receipt asKitaStaff(java.util.function.Supplier<Receipt> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "kita", "n/a", List.of(new SimpleGrantedAuthority("ROLE_KITA_STAFF")))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
