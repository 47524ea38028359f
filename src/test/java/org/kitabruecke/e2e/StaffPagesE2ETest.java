package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Urgency;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff pages as staff meet them: one main heading, Vaadin's own words in their language, the frame kept. */
class StaffPagesE2ETest extends BrowserTest {

    /** Every staff page an admin can open from the menu, and the login. */
    private static final List<String> PAGES = List.of("/staff", "/staff/bookings", "/staff/hours", "/staff/places",
            "/staff/statistics", "/staff/family", "/staff/retention", "/admin/kitas", "/admin/services",
            "/admin/import", "/admin/audit", "/admin/mail", "/admin/translations");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpRequests requests;

    @Override
    protected String host() {
        return "127.0.0.35";
    }

    @Test
    void theLoginPageHasExactlyOneMainHeadingAlsoAfterAFailedLoginAndInArabic() {
        var login = new LoginPage(browser).open("?lang=de");
        var page = new StaffPage(browser);
        assertThat(page.mainHeadings()).containsExactly("Anmeldung für Mitarbeitende");

        login.logInAs("sozial", "falsch");
        browser.waiting().until(driver -> login.errorMessage().contains("Benutzername oder Passwort"));
        assertThat(page.mainHeadings()).containsExactly("Anmeldung für Mitarbeitende");

        login.waitUntilLive().chooseLanguage("العربية", "تسجيل دخول الموظفين");
        assertThat(page.mainHeadings()).containsExactly("تسجيل دخول الموظفين");
    }

    @Test
    void vaadinsOwnTextsOnEveryStaffPageAreGermanAfterSwitchingFromEnglish() {
        browser.viewport(1280, 900);
        var login = new LoginPage(browser).open("?lang=en");
        var page = new StaffPage(browser);
        page.chooseLanguage("Deutsch", "Anmeldung für Mitarbeitende");
        List<String> english = new ArrayList<>(page.englishTexts().stream().map(text -> "/login " + text).toList());

        login.logInAs("admin", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        for (String path : PAGES) {
            page.open(path + "?lang=en");
            assertThat(new PortalHeader(browser).pageLanguage()).isEqualTo("en");
            page.chooseLanguage("Deutsch");
            // the page's language is set with the answer that turned the page ("Kitas" reads the same in both)
            browser.waiting().withMessage(() -> path + " stayed " + new PortalHeader(browser).pageLanguage())
                    .until(driver -> "de".equals(new PortalHeader(browser).pageLanguage()));
            browser.waitUntilServerHasAll();
            page.englishTexts().forEach(text -> english.add(path + " " + text));
        }

        assertThat(english).as("Vaadin's own texts left in English").isEmpty();
    }

    @Test
    void aKitaAccountRefusedTheInboxStaysInTheStaffFrameAndTheRefusalIsAudited() {
        new LoginPage(browser).open("?lang=de").logInAs("kita", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/kita"));
        int refusedBefore = refusalsOf("kita");

        var page = new StaffPage(browser).open("/staff");

        assertThat(page.heading()).isEqualTo("Diese Seite ist nicht für Ihre Rolle");
        assertThat(page.mainHeadings()).hasSize(1);
        assertThat(page.menu()).containsExactly("Weiterleitungen der Kita", "Zweiter Faktor");
        assertThat(page.offersLogout()).isTrue();
        assertThat(page.loggedInAs()).startsWith("Angemeldet als");
        assertThat(page.text()).doesNotContain("Posteingang");
        assertThat(browser.driver().findElement(By.id("refused-home")).getAttribute("href")).endsWith("/kita");
        assertThat(refusalsOf("kita")).as("the refused opening is in the audit trail").isEqualTo(refusedBefore + 1);
        browser.screenshot("staff-refused-de-phone");

        page.chooseLanguage("العربية", "هذه الصفحة ليست متاحة لدورك");
        assertThat(new PortalHeader(browser).direction()).isEqualTo("rtl");
        assertThat(page.menu()).containsExactly("إحالات الروضة", "العامل الثاني");
        browser.screenshot("staff-refused-ar-phone");

        page.open("/admin/kitas");
        assertThat(page.heading()).isEqualTo("هذه الصفحة ليست متاحة لدورك");
        assertThat(refusalsOf("kita")).isEqualTo(refusedBefore + 2);
    }

    @Test
    void aMistypedAddressOfALoggedInAccountAndOfAVisitorIsStillThePublicNotFoundPage() {
        new LoginPage(browser).open("?lang=de").logInAs("kita", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/kita"));
        browser.open("/staf");
        browser.waiting().until(driver -> new PortalHeader(browser).heading().equals("Seite nicht gefunden"));

        browser.forgetEverything();
        browser.open("/admin/kitas");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void onAPhoneTheInboxShowsRequestsFirstAndKeepsItsFiltersThroughFoldingAndReload() {
        for (String phone : List.of("+4915110035001", "+4915110035002")) {
            requests.submit(aRequest().about(Topic.MONEY).urgency(Urgency.SOON).district(6L).phone(phone)
                    .freeText("Wir können die Miete nicht zahlen").build());
        }
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        var inbox = new InboxPage(browser).open();

        browser.screenshot("staff-inbox-opened-de-phone");
        assertThat(inbox.filtersFolded()).as("folded at a window %s px wide", browser.script("return innerWidth"))
                .isTrue();
        assertThat(inbox.filterSummary()).isEqualTo("Filter: keiner aktiv");
        assertThat(inbox.firstRowBottom()).as("the first request is on the first screen").isLessThan(Browser.PHONE_HEIGHT);
        browser.screenshot("staff-inbox-folded-de-phone");

        inbox.unfoldFilters().pick("inbox-status", "Alle").pick("inbox-topic", "Geld und Miete").search("Miete");
        assertThat(inbox.filterSummary()).isEqualTo("Filter: 3 aktiv");
        String count = inbox.count();

        inbox.foldFilters().unfoldFilters();
        assertThat(inbox.chosen("inbox-status")).isEqualTo("Alle");
        assertThat(inbox.chosen("inbox-topic")).isEqualTo("Geld und Miete");
        assertThat(inbox.searchWords()).isEqualTo("Miete");

        String address = browser.driver().getCurrentUrl();
        assertThat(address).as("the address keeps the filters, but not the family's words")
                .contains("status=ALL", "topic=MONEY").doesNotContain("Miete");
        browser.driver().navigate().refresh();
        inbox.waitUntilShown();
        assertThat(inbox.filterSummary()).isEqualTo("Filter: 3 aktiv");
        inbox.unfoldFilters();
        assertThat(inbox.chosen("inbox-status")).isEqualTo("Alle");
        assertThat(inbox.chosen("inbox-topic")).isEqualTo("Geld und Miete");
        assertThat(inbox.searchWords()).isEqualTo("Miete");
        assertThat(inbox.count()).isEqualTo(count);
        browser.screenshot("staff-inbox-filters-de-phone");

        inbox.foldFilters();
        new StaffPage(browser).chooseLanguage("العربية", "صندوق الوارد");
        assertThat(inbox.firstRowBottom()).isLessThan(Browser.PHONE_HEIGHT);
        inbox.unfoldFilters();
        assertThat(inbox.chosen("inbox-topic")).as("the language changes, the filters stay").isEqualTo("المال والإيجار");
        assertThat(inbox.searchWords()).isEqualTo("Miete");
        inbox.foldFilters();
        browser.screenshot("staff-inbox-folded-ar-phone");
    }

    @Test
    void aLongFieldLabelWrapsOnAPhoneInsteadOfEndingInAnEllipsis() {
        new LoginPage(browser).open("?lang=ar").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        new StaffPage(browser).open("/staff/family");

        Object cut = browser.script("const part = document.getElementById('dsr-code').shadowRoot"
                + ".querySelector('[part=label]'); return part.scrollWidth > part.clientWidth + 1"
                + " || getComputedStyle(part).textOverflow === 'ellipsis' && getComputedStyle(part).whiteSpace === 'nowrap'");
        browser.screenshot("staff-family-ar-phone");
        assertThat(cut).as("the Arabic label is cut").isEqualTo(Boolean.FALSE);
    }

    private int refusalsOf(String actor) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'REFUSED'",
                Integer.class, actor);
        return count == null ? 0 : count;
    }
}
