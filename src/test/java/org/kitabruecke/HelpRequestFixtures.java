package org.kitabruecke;

import java.util.Set;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;

/** Help requests the mail tests start from: a parent with one child, reachable by e-mail only. */
public final class HelpRequestFixtures {

    private HelpRequestFixtures() {
    }

    /** A parent's question about parenting, reachable at this address, read and written in this language. */
    public static NewHelpRequest byMail(String address, String language) {
        return new NewHelpRequest(RequestSource.PARENT, Set.of(Topic.PARENTING), Urgency.QUESTION,
                new Children(1, 0, 0), null, 2L, null, address, language, language, false, null,
                OptionalAnswer.NOT_ANSWERED, OptionalAnswer.NOT_ANSWERED, null,
                new ConsentRecord(Consent.VERSION, language, "0123456789ab"));
    }
}
