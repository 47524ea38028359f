package org.kitabruecke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The city time a test begins at: the {@link TestClock} of the Spring test context is pinned to it before each test
 * (before the {@code @BeforeEach} methods) and follows real time again after each (after the {@code @AfterEach}
 * methods). On the class it is every test's time; on a method it wins over the class's. A test that moves the clock
 * while it runs keeps calling {@link TestClock#setCityTime} for that.
 *
 * <p>The value is one of:
 * <ul>
 * <li>a weekday and a time, {@code "tuesday 10:30"}: that day in the class's own test week ({@link TestDays}), on
 * days no other test class books; the weekday is in English, upper or lower case, the time {@code HH:mm};</li>
 * <li>an ISO local date-time in the city, {@code "2026-12-01T10:30"}: for tests that mean a fixed day.</li>
 * </ul>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CityTimeExtension.class)
public @interface CityTime {

    /** {@code "tuesday 10:30"} (in the class's test week) or {@code "2026-12-01T10:30"}. */
    String value();
}
