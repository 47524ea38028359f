package org.kitabruecke.directory.internal;

import java.util.List;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.TextsInDatabase;
import org.kitabruecke.i18n.Translations;
import org.springframework.stereotype.Component;

/** Which partner services have a German description but none in a language, for the admins' translation overview. */
@Component
class ServiceDescriptionsByLanguage implements TextsInDatabase {

    private final PartnerServiceStore services;

    ServiceDescriptionsByLanguage(PartnerServiceStore services) {
        this.services = services;
    }

    @Override
    public String titleKey() {
        return "admin.translations.texts.services";
    }

    @Override
    public List<String> lackingIn(Language language) {
        return services.findAll().stream()
                .filter(service -> !service.descriptions().getOrDefault(Translations.DEFAULT_CODE, "").isBlank())
                .filter(service -> service.descriptions().getOrDefault(language.code(), "").isBlank())
                .map(PartnerService::name)
                .toList();
    }
}
