package org.kitabruecke.i18n.internal;

import java.time.ZoneId;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    Translations translations() {
        return Translations.fromClasspath();
    }

    @Bean
    Formats formats(@Value("${kitabruecke.zone:Europe/Berlin}") String zone) {
        return new Formats(ZoneId.of(zone));
    }

    @Bean
    LanguageChoice languageChoice(Translations translations) {
        return new LanguageChoice(translations);
    }
}
