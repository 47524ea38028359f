package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BCrypt for passwords of every length: beyond 72 bytes every character still counts. */
class StaffPasswordEncoderTest {

    private final StaffPasswordEncoder encoder = new StaffPasswordEncoder();

    @Test
    void aLongPasswordMatchesOnlyItselfUpToItsLastCharacter() {
        String longOne = "ein langer Satz über den Garten im Frühling, mit Bienen und Blumen und Regen ".repeat(2);
        String hash = encoder.encode(longOne + "A");
        assertThat(encoder.matches(longOne + "A", hash)).isTrue();
        assertThat(encoder.matches(longOne + "B", hash)).as("differs only after byte 72").isFalse();
    }

    @Test
    void theDemoHashesMadeBeforeStillMatch() {
        assertThat(encoder.matches("kitabruecke-demo",
                "$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.")).isTrue();
    }

    @Test
    void theSamePasswordTypedInAnotherNormalFormMatches() {
        String hash = encoder.encode("Café au lait am Morgen");
        assertThat(encoder.matches("Cafe\u0301 au lait am Morgen", hash)).isTrue();
    }

    @Test
    void anAccountWithoutPasswordMatchesNothing() {
        assertThat(encoder.matches("", "")).isFalse();
        assertThat(encoder.matches("anything at all", "")).isFalse();
    }
}
