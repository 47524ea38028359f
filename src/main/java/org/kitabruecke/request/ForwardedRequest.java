package org.kitabruecke.request;

import java.time.Instant;

/** A Kita's own forward as the Kita may see it: the code, when, and only received / in progress / closed. */
public record ForwardedRequest(String referenceCode, Instant forwardedAt, RequestStatus state) {
}
