package org.kitabruecke;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Kita-Brücke: the multilingual portal of the youth office's Kita social work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The city's clock: "today" and "open now" are always meant in the city's time zone, wherever the server runs. */
    @Bean
    Clock clock(@Value("${kitabruecke.zone:Europe/Berlin}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
