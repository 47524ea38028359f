package org.kitabruecke.request.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.AfterCommit;
import org.kitabruecke.request.RequestSource;
import org.springframework.stereotype.Component;

/**
 * {@code kitabruecke.requests.received{channel,urgent}}: help requests stored, by who brought them in (parent or
 * Kita) and whether the family asked for help at once. Nothing about the family is a tag. All four series exist
 * from the start, so a dashboard shows 0 instead of nothing.
 */
@Component
public class RequestMetrics {

    private final Map<RequestSource, Counter> urgent = new EnumMap<>(RequestSource.class);
    private final Map<RequestSource, Counter> notUrgent = new EnumMap<>(RequestSource.class);

    RequestMetrics(MeterRegistry registry) {
        for (RequestSource source : RequestSource.values()) {
            urgent.put(source, counter(registry, source, true));
            notUrgent.put(source, counter(registry, source, false));
        }
    }

    /** Counts a request once the transaction that stores it has committed. */
    public void received(RequestSource source, boolean isUrgent) {
        Counter counter = (isUrgent ? urgent : notUrgent).get(source);
        AfterCommit.run(counter::increment);
    }

    private static Counter counter(MeterRegistry registry, RequestSource source, boolean isUrgent) {
        return Counter.builder("kitabruecke.requests.received").description("Help requests received")
                .tag("channel", source.name().toLowerCase(Locale.ROOT))
                .tag("urgent", Boolean.toString(isUrgent)).register(registry);
    }
}
