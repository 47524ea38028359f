package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.KitaConsent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Kita staff forward for their own Kita only, with the family's consent, and see nothing but the state. */
@IntegrationTest
class KitaForwardingTest {

    @Autowired
    KitaForwarding forwarding;

    @Autowired
    JdbcTemplate jdbc;

    static KitaForward forward(boolean agreed) {
        return new KitaForward(Set.of(Topic.PARENTING), Urgency.SOON, new PhoneNumber("+4915112340001"), null,
                ContactLanguage.of("uk"), true, "uk", agreed);
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void aForwardGoesToTheTeamForTheAccountsOwnKitaWithTheConsentVersion() {
        Receipt receipt = forwarding.forward(forward(true));

        var row = jdbc.queryForMap("SELECT * FROM help_request WHERE reference_code = ?", receipt.code().value());
        assertThat(row.get("source")).isEqualTo("KITA");
        assertThat(row.get("kita_id")).isEqualTo(1L);
        assertThat(row.get("district_id")).isEqualTo(1L);
        assertThat(row.get("forwarded_by")).isEqualTo("kita");
        assertThat(row.get("consent_version")).isEqualTo(KitaConsent.VERSION);
        assertThat(row.get("page_language")).isEqualTo("uk");
        assertThat(row.get("consent_language")).as("the explanation was read in Ukrainian").isEqualTo("uk");
        assertThat((String) row.get("consent_fingerprint")).matches("[0-9a-f]{12}");
        assertThat(row).as("the Kita form asks neither about children nor about safe contact")
                .containsEntry("children_0_1", null).containsEntry("children_1_3", null)
                .containsEntry("children_3_6", null).containsEntry("call_times", null)
                .containsEntry("voicemail_ok", "NOT_ANSWERED").containsEntry("email_ok", "NOT_ANSWERED");
        assertThat(forwarding.myForwards()).extracting(ForwardedRequest::referenceCode)
                .contains(receipt.code().value());
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void withoutTheFamilysConsentNothingIsForwarded() {
        assertThatThrownBy(() -> forwarding.forward(forward(false))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "kita2", roles = "KITA_STAFF")
    void anotherKitaSeesNoneOfTheFirstKitasForwards() {
        Receipt own = forwarding.forward(forward(true));

        assertThat(forwarding.myKita().name()).isEqualTo("Kita Löwenzahn");
        assertThat(forwarding.myForwards()).extracting(ForwardedRequest::referenceCode)
                .contains(own.code().value())
                .allSatisfy(code -> assertThat(jdbc.queryForObject(
                        "SELECT kita_id FROM help_request WHERE reference_code = ?", Long.class, code)).isEqualTo(7L));
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void socialWorkersDoNotForwardForAKita() {
        assertThatThrownBy(() -> forwarding.myForwards()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theKitaLearnsOnlyReceivedInProgressOrClosed() {
        assertThat(RequestStatus.REFERRED.forKita()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(RequestStatus.APPOINTMENT.forKita()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(RequestStatus.CLOSED.forKita()).isEqualTo(RequestStatus.CLOSED);
    }
}
