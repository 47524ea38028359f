package org.kitabruecke.request;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Topic;

/** The countable side of a request, for the figures: topics, district, Kita, language, when. */
public record RequestFacts(Set<Topic> topics, @Nullable Long districtId, @Nullable Long kitaId,
                           String contactLanguage, Instant receivedAt) {
}
