package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.CaseFilter.Assignee;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The team's work on a request on MariaDB: inbox filters, assigning, notes, states, referral, reply by mail. */
@IntegrationTest
@WithMailbox
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class CaseworkTest {

    @Autowired
    Casework casework;

    @Autowired
    HelpRequests requests;

    private Mailbox mailbox;

    static NewHelpRequest inArabic(String email, String text) {
        return aRequest().about(Topic.MONEY).urgency(Urgency.URGENT).district(6L).email(email).language("ar")
                .withInterpreter().freeText(text).build();
    }

    @Test
    void theInboxFindsARequestByItsWordsAndFiltersAndTheTeamAnswersInTheFamilysLanguage() throws Exception {
        Receipt receipt = requests.submit(inArabic("familie-ar@example.org", "نحن متأخرون في دفع الإيجار zahlungsrueckstand"));
        CaseFilter byWords = new CaseFilter(Set.of(), null, null, null, null, null, null, Assignee.ANYONE,
                "zahlungsrueck");
        List<CaseRow> found = casework.inbox(byWords, true, 0, 50);
        assertThat(found).extracting(CaseRow::referenceCode).containsExactly(receipt.code().value());
        CaseRow row = found.getFirst();
        assertThat(casework.inbox(new CaseFilter(Set.of(RequestStatus.RECEIVED), Topic.MONEY, Urgency.URGENT, 6L,
                null, ContactLanguage.of("ar"), true, Assignee.NOBODY, receipt.code().value()), true, 0, 50))
                .hasSize(1);
        assertThat(casework.count(new CaseFilter(Set.of(), Topic.HEALTH, null, null, null, null, null,
                Assignee.ANYONE, receipt.code().value()))).isZero();

        CaseDetails taken = casework.assignToMe(row.id(), casework.details(row.id()).version());
        assertThat(taken.assignedTo()).isEqualTo("sozial");
        assertThat(casework.inbox(CaseFilter.open().withAssignee(Assignee.ME), true, 0, 500))
                .extracting(CaseRow::id).contains(row.id());

        CaseDetails noted = casework.addNote(row.id(), "Rückruf am Vormittag, Dolmetscherin Arabisch anfragen.");
        assertThat(noted.notes()).extracting(CaseDetails.Note::writtenBy).containsExactly("sozial");
        assertThat(noted.version()).as("a note makes nobody's page stale").isEqualTo(taken.version());

        CaseDetails referred = casework.refer(row.id(), noted.version(), 8L);
        assertThat(referred.status()).isEqualTo(RequestStatus.REFERRED);
        assertThat(casework.reply(row.id(), ReplyTemplate.REFERRAL)).isInstanceOf(ReplyResult.Sent.class);

        MimeMessage reply = mailbox.awaitMails("familie-ar@example.org", 2).getLast();
        assertThat(reply.getSubject()).contains(receipt.code().value());
        assertThat(Mailbox.text(reply)).contains("Schuldner- und Insolvenzberatung", receipt.code().value())
                .containsPattern("[\\u0600-\\u06FF]{3,}");
        assertThat(casework.details(row.id()).activity()).extracting(CaseDetails.Activity::action)
                .containsExactly("RECEIVED", "ASSIGNED", "NOTE", "REFERRED", "REPLIED");
    }

    @Test
    void twoSocialWorkersNeverOverwriteEachOtherSilently() {
        Receipt receipt = requests.submit(inArabic("zwei@example.org", "Frage zur Kita"));
        long id = casework.inbox(new CaseFilter(Set.of(), null, null, null, null, null, null, Assignee.ANYONE,
                receipt.code().value()), true, 0, 1).getFirst().id();
        int seen = casework.details(id).version();

        casework.moveTo(id, seen, RequestStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> casework.moveTo(id, seen, RequestStatus.CLOSED, ClosedReason.HELPED))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> casework.moveTo(id, casework.details(id).version(), RequestStatus.CLOSED, null))
                .isInstanceOf(IllegalArgumentException.class);
        CaseDetails closed = casework.moveTo(id, casework.details(id).version(), RequestStatus.CLOSED,
                ClosedReason.HELPED);
        assertThat(closed.closedReason()).isEqualTo(ClosedReason.HELPED);
        assertThat(requests.status(receipt.code().value(), receipt.pin().digits(), "casework-test"))
                .as("the family sees it closed").isEqualTo(new StatusLookup.Found(RequestStatus.CLOSED, null));
    }

    @Test
    void aReferralIsNotSentBeforeItIsRecorded() {
        Receipt receipt = requests.submit(inArabic("noch-keine-vermittlung@example.org", "Frage zur Beratung"));
        long id = casework.inbox(new CaseFilter(Set.of(), null, null, null, null, null, null, Assignee.ANYONE,
                receipt.code().value()), true, 0, 1).getFirst().id();

        assertThat(casework.reply(id, ReplyTemplate.REFERRAL)).isEqualTo(new ReplyResult.ReferralMissing());
        assertThat(casework.details(id).activity()).extracting(CaseDetails.Activity::action)
                .containsExactly("RECEIVED");
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void kitaStaffCannotOpenTheInbox() {
        assertThatThrownBy(() -> casework.inbox(CaseFilter.open(), true, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.details(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
