package org.kitabruecke.request;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a request that nobody has answered yet (still {@link RequestStatus#RECEIVED}) is overdue: an urgent one after
 * {@code kitabruecke.inbox.urgent-after} (default 4 hours), any other after {@code kitabruecke.inbox.overdue-after}
 * (default 2 days, the answer time parents are promised). The inbox marks them, the team's morning digest counts them.
 */
@Component
public class AnswerTimes {

    private final Duration urgentAfter;
    private final Duration overdueAfter;

    AnswerTimes(@Value("${kitabruecke.inbox.urgent-after:PT4H}") Duration urgentAfter,
                @Value("${kitabruecke.inbox.overdue-after:P2D}") Duration overdueAfter) {
        this.urgentAfter = urgentAfter;
        this.overdueAfter = overdueAfter;
    }

    /** How long a request of this urgency may wait for its first answer. */
    public Duration answerWithin(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgentAfter : overdueAfter;
    }

    public boolean isOverdue(Urgency urgency, Duration waited) {
        return waited.compareTo(answerWithin(urgency)) > 0;
    }

    /** Received before this instant and still unanswered at {@code now}: overdue. */
    public Instant overdueIfReceivedBefore(Urgency urgency, Instant now) {
        return now.minus(answerWithin(urgency));
    }
}
