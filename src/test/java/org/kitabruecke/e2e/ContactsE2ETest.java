package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parents find their Kita on a phone (390×844) in Turkish and in Russian, however they spell it, see whom to call,
 * and go on to ask for help there; help nearby and the emergency numbers are one tap away. axe-core checks every
 * page on the way.
 */
class ContactsE2ETest extends BrowserTest {

    @Test
    void aTurkishParentFindsTheirKitaWithoutUmlautsAndFindsHelpNearby() {
        List<String> violations = new ArrayList<>();
        var contacts = new ContactsPage(browser).open("tr");

        contacts.search("strasse").resultsWhen(found -> found.containsAll(List.of("Familienzentrum Brückenstraße",
                "Kita Pusteblume")));
        violations.addAll(contacts.accessibilityViolations());
        browser.screenshot("contacts-tr-search");
        contacts.search("muhlen").resultsWhen(List.of("Kita Sonnenblume", "Städtische Kita Mühlental")::equals);
        contacts.search("44711").resultsWhen(List.of("Kita Zechenzwerge")::equals);
        contacts.search("wattenscheid").resultsWhen(found -> found.size() == 5 && found.contains("Kita Löwenzahn"));

        contacts.openKita("Kita Zechenzwerge");
        assertThat(contacts.phoneLinks()).contains("tel:02214710101");
        assertThat(contacts.mapLink()).startsWith("geo:");
        violations.addAll(contacts.accessibilityViolations());
        browser.screenshot("contacts-tr-kita");
        assertThat(contacts.scrollsSideways()).as("long e-mail addresses wrap").isFalse();

        contacts.helpNearby().filterByTopic("MONEY");
        assertThat(contacts.services()).containsExactly("Job-Center Ruhrstadt");
        violations.addAll(contacts.accessibilityViolations());
        browser.screenshot("contacts-tr-services");
        contacts.openService("Job-Center Ruhrstadt");
        assertThat(contacts.phoneLinks()).contains("tel:02214710305");
        violations.addAll(contacts.accessibilityViolations());

        contacts.openEmergencyNumbers();
        assertThat(contacts.phoneLinks()).contains("tel:110", "tel:112", "tel:116016");
        violations.addAll(contacts.accessibilityViolations());
        assertThat(violations).isEmpty();
    }

    @Test
    void aRussianParentFindsTheirKitaByStreetPostcodeOrDistrictAndAsksForHelpThere() {
        List<String> violations = new ArrayList<>();
        var contacts = new ContactsPage(browser).open("ru");

        contacts.search("strasse").resultsWhen(found -> found.contains("Familienzentrum Brückenstraße"));
        contacts.search("44753").resultsWhen(List.of("Städtische Kita Mühlental")::equals);
        contacts.search("Südwest").resultsWhen(found -> found.size() == 5 && found.contains("Kita Rasselbande"));
        assertThat(contacts.browseDistrict("Nord")).contains("Kita Sternschnuppe");
        contacts.search("muhlen").resultsWhen(List.of("Kita Sonnenblume", "Städtische Kita Mühlental")::equals);
        violations.addAll(contacts.accessibilityViolations());
        browser.screenshot("contacts-ru-search");

        contacts.openKita("Kita Sonnenblume");
        assertThat(contacts.phoneLinks()).contains("tel:02214710100");
        assertThat(contacts.pageText()).contains("Anna Beispiel", "английский");
        violations.addAll(contacts.accessibilityViolations());
        browser.screenshot("contacts-ru-kita");
        assertThat(contacts.scrollsSideways()).isFalse();

        var help = contacts.requestHelpHere();
        help.choose("help.topic.PARENTING").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        help.addChild(1).goOnTo("help.kita.question");
        assertThat(help.isKitaChosen("Kita Sonnenblume")).as("the Kita comes chosen").isTrue();
        assertThat(violations).isEmpty();
    }
}
