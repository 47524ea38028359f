package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** After restoring a backup the jobs forget at start what came due since; otherwise only the schedule runs them. */
class RetentionJobTest {

    @Test
    void aJobForgetsAtStartOnlyWhenAskedTo() {
        assertThat(runsAtStart(Map.of())).isEqualTo(0);
        assertThat(runsAtStart(Map.of("kitabruecke.retention.at-start", "false"))).isEqualTo(0);
        assertThat(runsAtStart(Map.of("kitabruecke.retention.at-start", "true"))).isEqualTo(1);
    }

    private static int runsAtStart(Map<String, Object> properties) {
        int[] runs = {0};
        var job = new RetentionJob() {
            @Override
            protected void forgetDue() {
                runs[0]++;
            }
        };
        try (var context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
            job.forgetDueAtStart(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                    Duration.ZERO));
        }
        return runs[0];
    }
}
