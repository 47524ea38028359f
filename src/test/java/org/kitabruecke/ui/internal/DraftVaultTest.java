package org.kitabruecke.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft nobody sent is deleted once its time is up, by the scheduled job as Spring runs it (with its lock). */
@IntegrationTest
class DraftVaultTest {

    @Autowired
    DraftVault vault;

    @Autowired
    TestClock clock;

    @Test
    void theCleanupJobDeletesExpiredDraftsAndKeepsTheOthers() {
        String expiring = "expiring-" + System.nanoTime();
        String fresh = "fresh-" + System.nanoTime();
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
        clock.setCityTime(now);
        try {
            vault.seal(expiring, "help", new ArrayList<>(List.of("Mietschulden")), clock.instant().plusSeconds(60));
            vault.seal(fresh, "help", new ArrayList<>(List.of("Kita")), clock.instant().plus(Duration.ofHours(1)));

            clock.setCityTime(now.plusMinutes(2));
            vault.removeExpired(); // through the Spring proxy and its lock, as the scheduler calls it

            assertThat(vault.open(expiring, "help", clock.instant().minus(Duration.ofMinutes(5))))
                    .as("deleted, not only ignored: even a clock set back finds nothing").isEmpty();
            assertThat(vault.open(fresh, "help", clock.instant())).isPresent();
        } finally {
            clock.followRealTime();
        }
    }
}
