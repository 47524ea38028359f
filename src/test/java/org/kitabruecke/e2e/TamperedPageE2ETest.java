package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Somebody changes the page in the browser's developer tools before sending: a drop-down value the portal never
 * offered does not reach the stored request (and from there the figures and their spreadsheet export).
 */
class TamperedPageE2ETest extends BrowserTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String host() {
        return "127.0.0.16";
    }

    @Test
    void aContactLanguageThePortalNeverOfferedIsNotTaken() {
        String address = "tamper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question").goOnTo("help.kita.question")
                .goOnTo("help.contact.question");
        help.enter("help-email", address).choose("help.contact.interpreter.no");
        browser.script("""
                const select = document.getElementById('help-contact-language');
                const forged = document.createElement('option');
                forged.value = arguments[0];
                forged.textContent = 'forged';
                select.appendChild(forged);
                select.value = arguments[0];
                select.dispatchEvent(new Event('change', { bubbles: true }));""", FORMULA);
        browser.waitUntilServerHasAll();
        help.goOnTo("help.safety.question").goOnTo("help.message.question").goOnTo("help.check.title");
        assertThat(help.pageText()).doesNotContain("HYPERLINK");
        help.agreeAndSend();

        assertThat(jdbc.queryForObject("SELECT contact_language FROM help_request WHERE reference_code = ?",
                String.class, help.referenceCode())).isEqualTo("de");
    }
}
