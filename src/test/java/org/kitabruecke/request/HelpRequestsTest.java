package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
public class HelpRequestsTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    JdbcTemplate jdbc;

    public static NewHelpRequest byPhone(String phone) {
        return aRequest().about(Topic.MONEY, Topic.AUTHORITIES).urgency(Urgency.SOON).children(0, 1, 1).kita(3L)
                .district(1L).phone(phone).language("tr").withInterpreter().callTimes("vormittags").noVoicemail()
                .freeText("Wir haben einen Brief vom Vermieter bekommen.").build();
    }

    @Test
    void aSubmittedRequestIsStoredWithItsTopicsAndHistoryButNeverItsPin() {
        Receipt receipt = requests.submit(byPhone("+4915112345678"));

        var row = jdbc.queryForMap("SELECT * FROM help_request WHERE reference_code = ?", receipt.code().value());
        assertThat(row.get("status")).isEqualTo("RECEIVED");
        assertThat(row.get("phone")).isEqualTo("+4915112345678");
        assertThat(row.get("contact_language")).isEqualTo("tr");
        assertThat((String) row.get("pin_hash")).startsWith("$2").doesNotContain(receipt.pin().digits());
        assertThat(jdbc.queryForList("SELECT topic FROM help_request_topic WHERE help_request_id = ? ORDER BY topic",
                String.class, row.get("id"))).containsExactly("AUTHORITIES", "MONEY");
        assertThat(jdbc.queryForList("SELECT status FROM help_request_status_change WHERE help_request_id = ?",
                String.class, row.get("id"))).containsExactly("RECEIVED");
    }

    @Test
    void theRightCodeAndPinShowTheStateWhateverWayTheyAreTyped() {
        Receipt receipt = requests.submit(byPhone("+4915112345679"));
        String typedCode = receipt.code().value().toLowerCase().replace("-", " ");

        assertThat(requests.status(typedCode, receipt.pin().digits(), client()))
                .isEqualTo(new StatusLookup.Found(RequestStatus.RECEIVED, null));
    }

    @Test
    void aWrongPinAndAnUnknownCodeGetTheSameNeutralAnswer() {
        Receipt receipt = requests.submit(byPhone("+4915112345670"));
        String wrongPin = receipt.pin().digits().equals("000000") ? "111111" : "000000";

        assertThat(requests.status(receipt.code().value(), wrongPin, client()))
                .isEqualTo(new StatusLookup.NotFound());
        assertThat(requests.status("KB-ZZZ-ZZZ", receipt.pin().digits(), client()))
                .isEqualTo(new StatusLookup.NotFound());
    }

    @Test
    void guessingPinsIsStoppedAfterAFewAttempts() {
        Receipt receipt = requests.submit(byPhone("+4915112345671"));
        String client = client();
        for (int attempt = 0; attempt < 5; attempt++) {
            requests.status(receipt.code().value(), "99999" + attempt, client);
        }
        assertThat(requests.status(receipt.code().value(), receipt.pin().digits(), client))
                .as("even the right PIN waits once the attempts for this code are used up")
                .isEqualTo(new StatusLookup.TooManyAttempts());
    }

    @Test
    void aRequestWithoutAnyWayToAnswerIsRefused() {
        assertThatThrownBy(() -> aRequest().about(Topic.OTHER).children(0, 0, 1).district(null).phone(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormStoresARequestOnlyWhenTheBrowserSolvedItsPuzzle() {
        String client = client();
        BotCheck check = requests.newBotCheck(client);
        long solution = BotCheckTest.solve(check);

        assertThat(requests.submitFromParent(byPhone("+4915112345672"), check, solution + 1, client))
                .isEqualTo(new Submission.BotCheckFailed());
        var accepted = requests.submitFromParent(byPhone("+4915112345672"), check, solution, client);

        assertThat(accepted).isInstanceOf(Submission.Accepted.class);
        String code = ((Submission.Accepted) accepted).receipt().code().value();
        assertThat(jdbc.queryForObject("SELECT phone FROM help_request WHERE reference_code = ?", String.class, code))
                .isEqualTo("+4915112345672");
    }

    @Test
    void oneConnectionCannotFloodTheTeamWithRequests() {
        String client = client();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM help_request", Integer.class);
        int accepted = 0;
        Submission last = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            BotCheck check = requests.newBotCheck(client);
            last = requests.submitFromParent(byPhone("+4915112345673"), check, BotCheckTest.solve(check), client);
            accepted += last instanceof Submission.Accepted ? 1 : 0;
        }

        assertThat(accepted).isEqualTo(6);
        assertThat(last).isEqualTo(new Submission.TooManyRequests());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM help_request", Integer.class)).isEqualTo(before + 6);
        String other = client();
        BotCheck check = requests.newBotCheck(other);
        assertThat(requests.submitFromParent(byPhone("+4915112345673"), check, BotCheckTest.solve(check), other))
                .as("another connection is not affected").isInstanceOf(Submission.Accepted.class);
    }

    private static String client() {
        return UUID.randomUUID().toString();
    }
}
