package org.kitabruecke.request;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;

/**
 * What the inbox shows: every field left open ({@code null}, empty) does not filter. {@code text} searches the
 * family's free text (whole words, MariaDB full-text) and reference codes.
 */
public record CaseFilter(Set<RequestStatus> statuses, @Nullable Topic topic, @Nullable Urgency urgency,
                         @Nullable Long districtId, @Nullable Long kitaId, @Nullable ContactLanguage contactLanguage,
                         @Nullable Boolean interpreterNeeded, Assignee assignee, String text) {

    public static final int TEXT_MAX = 100;

    public CaseFilter {
        statuses = Set.copyOf(statuses);
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    /** Whose requests: anybody's, mine, or nobody's yet. */
    public enum Assignee { ANYONE, ME, NOBODY }

    /** Everything still to be done, oldest first: the inbox as it opens. */
    public static CaseFilter open() {
        return new CaseFilter(Set.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, RequestStatus.REFERRED,
                RequestStatus.APPOINTMENT), null, null, null, null, null, null, Assignee.ANYONE, "");
    }

    public CaseFilter withAssignee(Assignee value) {
        return new CaseFilter(statuses, topic, urgency, districtId, kitaId, contactLanguage, interpreterNeeded, value,
                text);
    }

    public CaseFilter withStatuses(Set<RequestStatus> value) {
        return new CaseFilter(value, topic, urgency, districtId, kitaId, contactLanguage, interpreterNeeded, assignee,
                text);
    }
}
