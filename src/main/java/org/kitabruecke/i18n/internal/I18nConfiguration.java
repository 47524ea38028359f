package org.kitabruecke.i18n.internal;

import java.time.Clock;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.i18n.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    Translations translations() {
        return Translations.fromClasspath();
    }

    @Bean
    Formats formats(Clock clock) {
        return new Formats(clock.getZone());
    }

    @Bean
    LanguageChoice languageChoice(Translations translations) {
        return new LanguageChoice(translations);
    }
}
