package org.kitabruecke;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the tests set: "today" in the city is whatever the test says it is. */
public class TestClock extends Clock {

    public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    private volatile Instant now = Instant.now();

    public void setCityTime(LocalDateTime cityTime) {
        now = cityTime.atZone(CITY).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return CITY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
