package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecretSealTest {

    private static final String KEY = "a-test-key-of-more-than-thirty-two-characters";

    @Test
    void aSealedSecretOpensWithTheKeyForItsAccountOnly() {
        var seal = new SecretSeal(KEY, new MockEnvironment());
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = seal.seal(7, secret);
        assertThat(seal.open(7, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> seal.open(8, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSeal(KEY + "x", new MockEnvironment()).open(7, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyOnlyTheDemoStarts() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SecretSeal("", prod)).hasMessageContaining("KITABRUECKE_SECOND_FACTOR_KEY");
        assertThatThrownBy(() -> new SecretSeal("", new MockEnvironment())).isInstanceOf(IllegalStateException.class);
        var demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        new SecretSeal("", demo);
    }
}
