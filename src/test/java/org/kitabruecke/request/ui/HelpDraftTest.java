package org.kitabruecke.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.ui.Drafts;

/** What a parent's answers become when sent: what was said, and nothing that was not. */
class HelpDraftTest {

    private static final ConsentRecord READ_IN_ARABIC = new ConsentRecord("help-2026-11-25", "ar", "e762d546e5b8");

    @Test
    void aSafeContactPagePassedWithoutATickIsSentAsNotAnsweredNeverAsOk() {
        NewHelpRequest sent = answeredUpToSafeContact().toRequest("ar", READ_IN_ARABIC);

        assertThat(sent.voicemailOk()).isEqualTo(OptionalAnswer.NOT_ANSWERED);
        assertThat(sent.emailOk()).isEqualTo(OptionalAnswer.NOT_ANSWERED);
        assertThat(sent.callTimes()).isNull();
        assertThat(sent.children()).as("the children page was answered: none yet is an answer too")
                .isEqualTo(new Children(0, 0, 0));
        assertThat(sent.consent()).isEqualTo(READ_IN_ARABIC);
    }

    @Test
    void aTickOnPleaseDoNotIsANo() {
        HelpDraft draft = answeredUpToSafeContact();
        draft.noVoicemail(true);
        draft.noEmail(true);
        draft.callTimes(" nach 14 Uhr ");
        draft.children(HelpDraft.PRESCHOOL, 2);

        NewHelpRequest sent = draft.toRequest("ar", READ_IN_ARABIC);

        assertThat(sent.voicemailOk()).isEqualTo(OptionalAnswer.NO);
        assertThat(sent.emailOk()).isEqualTo(OptionalAnswer.NO);
        assertThat(sent.callTimes()).isEqualTo("nach 14 Uhr");
        assertThat(sent.children()).isEqualTo(new Children(0, 0, 2));
    }

    private static HelpDraft answeredUpToSafeContact() {
        // what becomes of the answers is the question here, not where the draft is kept between pages
        var draft = new HelpDraft(mock(Drafts.class));
        draft.topics(Set.of(Topic.MONEY));
        draft.urgency(Urgency.SOON);
        draft.contact().phone("0151 23456789");
        draft.contact().email("familie@example.org");
        draft.contact().interpreter(true);
        return draft;
    }
}
