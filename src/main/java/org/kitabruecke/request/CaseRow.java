package org.kitabruecke.request;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;

/** One line of the inbox: enough to triage, nothing of the family's own words. */
public record CaseRow(long id, String referenceCode, RequestSource source, Instant receivedAt, Urgency urgency,
                      RequestStatus status, Set<Topic> topics, @Nullable Long districtId, @Nullable Long kitaId,
                      ContactLanguage contactLanguage, boolean interpreterNeeded, @Nullable String assignedTo) {
}
