package org.kitabruecke;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A clock the tests set: "today" in the city is whatever the test says it is. Until a test pins a time, and again
 * after {@link #followRealTime()}, it ticks like the system clock (the event registry, for one, needs time to pass).
 */
public class TestClock extends Clock {

    public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    private volatile @Nullable Instant pinned;

    public void setCityTime(LocalDateTime cityTime) {
        pinned = cityTime.atZone(CITY).toInstant();
    }

    public void followRealTime() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return CITY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = pinned;
        return now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now == null ? Instant.now() : now;
    }
}
