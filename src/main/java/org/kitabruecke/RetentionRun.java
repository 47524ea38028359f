package org.kitabruecke;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The operators' counters of one module's retention job: {@code kitabruecke.retention.runs{job}} and, per kind of
 * record, {@code kitabruecke.retention.removed{job,record}} — how many, never which.
 */
public final class RetentionRun {

    private final MeterRegistry registry;
    private final String job;
    private final Counter runs;

    public RetentionRun(MeterRegistry registry, String job, String... records) {
        this.registry = registry;
        this.job = job;
        this.runs = Counter.builder("kitabruecke.retention.runs").description("Finished retention runs")
                .tag("job", job).register(registry);
        for (String record : records) {
            removed(record);
        }
    }

    /** Counts a run and what it removed, once its transaction has committed. */
    public void finished(Map<String, Integer> removedByRecord) {
        AfterCommit.run(() -> {
            runs.increment();
            removedByRecord.forEach((record, count) -> removed(record).increment(count));
        });
    }

    private Counter removed(String record) {
        return Counter.builder("kitabruecke.retention.removed")
                .description("Records deleted or stripped of personal data by retention")
                .tag("job", job).tag("record", record).register(registry);
    }
}
