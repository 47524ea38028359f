package org.kitabruecke.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The outbox as gauges, read when Prometheus scrapes (at most every ten seconds from MariaDB, {@link OutboxState}):
 * {@code kitabruecke.outbox.backlog} (events not yet delivered: mails waiting, failing, being retried),
 * {@code kitabruecke.outbox.oldest.age} (seconds the oldest of them has waited) and {@code kitabruecke.mail.parked}
 * (mails given up on, waiting for staff). Shared by all nodes: every node reports the same cluster-wide value.
 */
@Component
class OutboxMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);

    private final OutboxState state;
    private final Clock clock;

    OutboxMetrics(OutboxState state, Clock clock, MeterRegistry registry) {
        this.state = state;
        this.clock = clock;
        gauge(registry, "kitabruecke.outbox.backlog", "Outbox events not yet delivered",
                metrics -> metrics.reading().backlog());
        gauge(registry, "kitabruecke.outbox.oldest.age", "Seconds the oldest undelivered outbox event has waited",
                metrics -> metrics.reading().oldestAge(metrics.clock.instant()).toSeconds());
        gauge(registry, "kitabruecke.mail.parked", "Mails given up on after their last attempt, shown to staff",
                metrics -> metrics.reading().parked());
    }

    private OutboxState.Snapshot reading() {
        return state.recent();
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<OutboxMetrics> value) {
        Gauge.builder(name, this, metrics -> {
            try {
                return value.applyAsDouble(metrics);
            } catch (DataAccessException unreachable) {
                // a scrape must not fail because the database is away; readiness reports that
                LOG.debug("Outbox gauges not readable: {}", unreachable.getMessage());
                return Double.NaN;
            }
        }).description(description).register(registry);
    }
}
