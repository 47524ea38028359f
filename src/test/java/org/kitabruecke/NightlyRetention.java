package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What the retention tests share: the nightly jobs run by hand, and the times they set the clock to. Times lie in the
 * past of the real clock, so that forgetting touches only what the tests made long ago, never the demo data other
 * tests read.
 */
abstract class NightlyRetention {

    /** Where the retention tests' clock stands when a test begins ({@code @CityTime(JANUARY_2025)}). */
    static final String JANUARY_2025 = "2025-01-10T09:00";
    static final LocalDateTime JAN_2025 = LocalDateTime.parse(JANUARY_2025);
    static final Duration HOUR = Duration.ofHours(1);
    static final List<String> JOBS = List.of("org.kitabruecke.request.internal.RequestRetentionJob",
            "org.kitabruecke.booking.internal.BookingRetentionJob",
            "org.kitabruecke.notification.internal.MailRetentionJob",
            "org.kitabruecke.privacy.internal.AuditRetentionJob");

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /**
     * Runs the nightly jobs as the scheduler does: through their Spring proxies, so under ShedLock (which refuses a
     * method with a primitive result: the job would silently never run).
     */
    void nightly() {
        for (String job : JOBS) {
            try {
                Object bean = context.getBean(Class.forName(job));
                Method run = Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(SchedulerLock.class)
                                && method.isAnnotationPresent(Scheduled.class)).findFirst().orElseThrow();
                assertThat(run.getReturnType()).isEqualTo(void.class);
                run.setAccessible(true);
                run.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(job, e);
            }
        }
    }

    /** An hour before {@code days} of 24 hours have passed since {@code start} (summer time shifts the city's hours). */
    static LocalDateTime justBefore(LocalDateTime start, int days) {
        return LocalDateTime.ofInstant(start.atZone(TestClock.CITY).toInstant().plus(Duration.ofDays(days))
                .minus(HOUR), TestClock.CITY);
    }

    static LocalDateTime justAfter(LocalDateTime start, int days) {
        return LocalDateTime.ofInstant(start.atZone(TestClock.CITY).toInstant().plus(Duration.ofDays(days))
                .plus(HOUR), TestClock.CITY);
    }

    static Timestamp at(LocalDateTime cityTime) {
        return Timestamp.from(cityTime.atZone(TestClock.CITY).toInstant());
    }
}
