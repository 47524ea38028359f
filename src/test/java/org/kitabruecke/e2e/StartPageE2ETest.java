package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;

class StartPageE2ETest extends BrowserTest {

    private static final String UKRAINIAN_TOPICS_QUESTION = "Про що йдеться?";

    @Test
    void aGermanPhoneSeesTheStartPageInGermanWithTodaysHours() {
        var start = new StartPage(browser).open("");

        assertThat(start.heading()).isEqualTo("Wie können wir helfen?");
        assertThat(start.pageLanguage()).isEqualTo("de");
        assertThat(start.direction()).isEqualTo("ltr");
        assertThat(start.waysIn()).containsExactly("Um Hilfe bitten", "Offene Sprechstunde", "Ansprechpersonen finden");
        assertThat(start.openHoursText()).contains(
                "Heute, Dienstag, 1. Dezember, gibt es 2 offene Sprechstunden:",
                "09:00–12:00 Uhr", "Jugendamt Ruhrstadt, Haus A", "14:00–16:00 Uhr", "Stadtteilbüro Wattenscheid");
        assertThat(start.scrollsSideways()).isFalse();
        browser.screenshot("start-de-phone");
    }

    @Test
    void theFlyerLinkWithLangArOpensTheWholePageRightToLeft() {
        var start = new StartPage(browser).open("?lang=ar");

        assertThat(start.heading()).isEqualTo("كيف يمكننا مساعدتكم؟");
        assertThat(start.openHoursText()).contains("اليوم، الثلاثاء", "Jugendamt Ruhrstadt, Haus A");
        assertThat(start.pageLanguage()).isEqualTo("ar");
        assertThat(start.direction()).isEqualTo("rtl");
        assertThat(start.scrollsSideways()).isFalse();
        assertThat(start.emergencyNumberReadsAsDialled("0221", "999")).isTrue();
        browser.screenshot("start-ar-phone");
    }

    @Test
    void aParentSwitchesLanguageAndThePortalRemembersIt() {
        var start = new StartPage(browser).open("");

        start.chooseLanguage("Türkçe");
        assertThat(start.heading()).isEqualTo("Size nasıl yardımcı olabiliriz?");
        assertThat(start.pageLanguage()).isEqualTo("tr");

        start.chooseLanguage("العربية");
        assertThat(start.direction()).isEqualTo("rtl");

        new StartPage(browser).open("");
        assertThat(start.heading()).isEqualTo("كيف يمكننا مساعدتكم؟");
        assertThat(start.direction()).isEqualTo("rtl");
    }

    @Test
    void choosingALanguageOnAnotherPageStaysOnThatPage() {
        browser.open("/help?lang=de");
        browser.waiting().until(driver -> new PortalHeader(browser).heading().equals("Worum geht es?"));

        new PortalHeader(browser).chooseLanguage("Українська");

        browser.waiting().until(driver -> new PortalHeader(browser).heading().equals(UKRAINIAN_TOPICS_QUESTION));
        assertThat(browser.driver().getCurrentUrl()).contains("/help");
    }

    @Test
    void nothingScrollsSidewaysOnANarrowPhoneInAnyDirection() {
        browser.viewport(320, 640);
        for (String lang : new String[] {"de", "en", "tr", "uk", "ar"}) {
            var start = new StartPage(browser).open("?lang=" + lang);
            assertThat(start.scrollsSideways()).as("sideways scrolling in %s at 320 px", lang).isFalse();
            browser.screenshot("start-" + lang + "-320");
        }
    }

    @Test
    void quickExitLeavesAtOnceAndBackDoesNotReturn() {
        var start = new StartPage(browser).open("");
        String startUrl = browser.driver().getCurrentUrl();

        start.leaveQuickly();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/livez"));

        browser.driver().navigate().back();
        assertThat(browser.driver().getCurrentUrl()).isNotEqualTo(startUrl);
    }

    @Test
    void theStartPageHasNoAccessibilityViolationsInGermanOrArabic() {
        for (String lang : new String[] {"de", "ar"}) {
            new StartPage(browser).open("?lang=" + lang);
            Results results = new AxeBuilder().analyze(browser.driver());
            assertThat(results.getViolations()).as("axe-core violations in %s", lang)
                    .extracting(rule -> rule.getId() + " at " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).toList())
                    .isEmpty();
        }
    }

    @Test
    void theWaysInLeadToTheirStableAddresses() {
        var start = new StartPage(browser).open("");
        start.goTo("Um Hilfe bitten");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/help"));
        assertThat(browser.driver().getTitle()).isEqualTo("Worum geht es? – Kita-Brücke");
    }

    @Test
    void theDesktopShowsTheWaysInSideBySide() {
        browser.viewport(1280, 800);
        new StartPage(browser).open("?lang=de");
        browser.screenshot("start-de-desktop");
        new StartPage(browser).open("?lang=ar");
        browser.screenshot("start-ar-desktop");
        Object distinctRows = browser.script("return new Set([...document.querySelectorAll('.kb-entry')]"
                + ".map(e => Math.round(e.getBoundingClientRect().top))).size;");
        assertThat(distinctRows).isEqualTo(1L);
    }
}
