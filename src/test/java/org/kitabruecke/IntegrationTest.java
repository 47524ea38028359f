package org.kitabruecke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring test context of the integration and view tests: the whole application on a real (embedded)
 * MariaDB with the demo data, and a clock the tests set. Every test class uses exactly this, so Spring builds the
 * context once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(IntegrationTest.Clocks.class)
public @interface IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        OutboxProbe outboxProbe() {
            return new OutboxProbe();
        }
    }
}
