package org.kitabruecke;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.ReflectionUtils;

/** Pins the Spring test context's {@link TestClock} to a test's {@link CityTime}, and lets it go after the test. */
final class CityTimeExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CityTime time = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), CityTime.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CityTime.class))
                .orElseThrow();
        TestClock clock = clock(context);
        refuseOwnClocks(context.getRequiredTestInstance(), clock);
        clock.setCityTime(parse(time.value(), context.getRequiredTestClass()));
    }

    /**
     * A test that builds its service on a {@code new TestClock()} of its own would not see this pin and would run on
     * wall time, passing or failing by the hour of the day: it pins its own clock instead, so say so at once.
     */
    private static void refuseOwnClocks(Object test, TestClock pinned) {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (TestClock.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    Object own = ReflectionUtils.getField(field, test);
                    if (own != null && own != pinned) {
                        throw new IllegalStateException(type.getSimpleName() + "." + field.getName() + " is a "
                                + "TestClock of its own, which @CityTime does not pin: pin it in the test instead");
                    }
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clock(context).followRealTime();
    }

    private static TestClock clock(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
    }

    static LocalDateTime parse(String value, Class<?> testClass) {
        String[] weekdayAndTime = value.trim().split("\\s+");
        try {
            if (weekdayAndTime.length == 2) {
                DayOfWeek day = DayOfWeek.valueOf(weekdayAndTime[0].toUpperCase(Locale.ROOT));
                return TestDays.forClass(testClass).day(day).atTime(LocalTime.parse(weekdayAndTime[1]));
            }
            return LocalDateTime.parse(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("@CityTime(\"" + value + "\"): expected \"tuesday 10:30\" or "
                    + "\"2026-12-01T10:30\"", e);
        }
    }
}
