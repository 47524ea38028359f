package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyFeatureIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("booking", "directory", "i18n", "inbox", "request", "staff", "ui");
    }
}
