package org.kitabruecke.i18n.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Lets every Vaadin component call {@code getTranslation(key, ...)}. Arguments are ICU named arguments, passed
 * either as one {@link Map} or as alternating name/value pairs: {@code getTranslation("start.hours.today", "day", day, "count", 3)}.
 */
@Component
class IcuI18NProvider implements I18NProvider {

    private final Translations translations;

    IcuI18NProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return translations.languages().stream().map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.format(locale, key, arguments(params));
    }

    static Map<String, ?> arguments(Object... params) {
        if (params.length == 1 && params[0] instanceof Map<?, ?> map) {
            Map<String, Object> named = new HashMap<>();
            map.forEach((name, value) -> named.put(String.valueOf(name), value));
            return named;
        }
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("Translation arguments come in name/value pairs");
        }
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            named.put(String.valueOf(params[i]), params[i + 1]);
        }
        return named;
    }
}
