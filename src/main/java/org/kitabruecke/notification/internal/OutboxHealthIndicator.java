package org.kitabruecke.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox in the readiness probe ({@code outbox}): always the backlog and the parked count, and
 * OUT_OF_SERVICE only when the outbox is clearly stuck: its oldest undelivered entry has waited longer than
 * {@code kitabruecke.outbox.stuck-after} (default 3 hours). That is longer than the whole retry schedule (about two
 * hours until {@link MailRetry} parks an entry), so a mail server that is merely down never trips it; only a retry
 * that no longer runs does (docs/decisions/0026). A large backlog alone is no reason: it may be a busy morning.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxState state;
    private final Clock clock;
    private final Duration stuckAfter;

    OutboxHealthIndicator(OutboxState state, Clock clock,
                          @Value("${kitabruecke.outbox.stuck-after:PT3H}") Duration stuckAfter) {
        this.state = state;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        OutboxState.Snapshot snapshot = state.read();
        Instant now = clock.instant();
        Duration oldest = snapshot.oldestAge(now);
        boolean stuck = snapshot.backlog() > 0 && oldest.compareTo(stuckAfter) > 0;
        Health.Builder health = stuck ? Health.outOfService() : Health.up();
        health.withDetail("backlog", snapshot.backlog()).withDetail("parked", snapshot.parked())
                .withDetail("oldestUnsentAge", oldest.toString()).withDetail("stuckAfter", stuckAfter.toString());
        if (stuck) {
            health.withDetail("reason", "an outbox entry is undelivered for longer than the retry schedule: "
                    + "check that the mail retry job runs");
        }
        return health.build();
    }
}
