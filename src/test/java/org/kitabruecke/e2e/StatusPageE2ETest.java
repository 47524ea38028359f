package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.HelpRequestsTest;
import org.kitabruecke.request.Receipt;
import org.springframework.beans.factory.annotation.Autowired;

class StatusPageE2ETest extends BrowserTest {

    @Autowired
    HelpRequests requests;

    @Test
    void aParentLooksUpTheStateInArabicOnAPhone() {
        Receipt receipt = requests.submit(HelpRequestsTest.byPhone("+4915112340003"));

        String answer = new StatusPage(browser).open("?lang=ar")
                .lookUp(receipt.code().value(), receipt.pin().digits());

        assertThat(answer).isEqualTo("وصلنا طلبكم. سنتواصل معكم قريبًا.");
        assertThat(new PortalHeader(browser).direction()).isEqualTo("rtl");
        browser.screenshot("status-ar-phone");
    }

    @Test
    void theStatusPageHasNoAccessibilityViolations() {
        for (String lang : new String[] {"de", "ar"}) {
            assertThat(new StatusPage(browser).open("?lang=" + lang).lookUpMistyped("KB-12", "1")).hasSize(2);
            Results results = new AxeBuilder().analyze(browser.driver());
            assertThat(results.getViolations()).as("axe-core violations in %s", lang)
                    .extracting(rule -> rule.getId() + " at " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).toList())
                    .isEmpty();
        }
        browser.screenshot("status-errors-ar-phone");
    }
}
