package org.kitabruecke.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.request.internal.WaitingQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the team, for the mails to the team's mailbox (an urgent request, the morning digest): codes,
 * counts and times, never a name, a number or a family's words — those mails leave the portal. No role: the mails
 * are written by the outbox, with nobody logged in; the links in them open the request only after login.
 */
@Service
@Transactional(readOnly = true)
public class TeamOverview {

    /** A request as the team's mails name it. */
    public record WaitingRequest(long id, String referenceCode, Urgency urgency, Instant receivedAt) {
    }

    /**
     * The digest's figures: received in the period (and the first of them), unanswered past their answer time
     * ({@link AnswerTimes}), open without anyone responsible.
     */
    public record Summary(int received, List<WaitingRequest> firstReceived, int overdue, int unassigned) {

        public boolean isQuiet() {
            return received == 0 && overdue == 0 && unassigned == 0;
        }
    }

    private final WaitingQueries queries;
    private final AnswerTimes answerTimes;

    TeamOverview(WaitingQueries queries, AnswerTimes answerTimes) {
        this.queries = queries;
        this.answerTimes = answerTimes;
    }

    /** The request, if it still exists (retention or an erasure may have removed it since). */
    public Optional<WaitingRequest> request(long requestId) {
        return queries.one(requestId);
    }

    /** Received in {@code [from, until)}, at most {@code listed} of them named; overdue and unassigned at {@code now}. */
    public Summary summary(Instant from, Instant until, Instant now, int listed) {
        return new Summary(queries.countReceived(from, until), queries.received(from, until, listed),
                queries.countUnanswered(answerTimes.overdueIfReceivedBefore(Urgency.URGENT, now),
                        answerTimes.overdueIfReceivedBefore(Urgency.QUESTION, now)),
                queries.countUnassigned());
    }
}
