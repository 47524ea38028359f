package org.kitabruecke.staff.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets for the database with AES-GCM under {@code kitabruecke.staff.second-factor.key}: a copy of the
 * database alone gives nobody the codes. The account's id is bound in as associated data, so a sealed secret copied
 * to another account's row does not open. Only the demo may run without a key (a fixed, published one).
 */
@Component
public class SecretSeal {

    private static final Logger LOG = LoggerFactory.getLogger(SecretSeal.class);
    private static final String DEMO_KEY = "kitabruecke-demo-second-factor-key-never-for-real-accounts";
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final byte[] loginNameKey;
    private final SecureRandom random = new SecureRandom();

    SecretSeal(@Value("${kitabruecke.staff.second-factor.key:}") String configured, Environment environment) {
        String secret = configured.strip();
        if (secret.isEmpty() && environment.matchesProfiles("demo") && !environment.matchesProfiles("prod")) {
            LOG.warn("kitabruecke.staff.second-factor.key is not set: the demo seals second factors with a published "
                    + "key. Never use the demo for real accounts.");
            secret = DEMO_KEY;
        }
        if (secret.length() < 32) {
            throw new IllegalStateException("Set kitabruecke.staff.second-factor.key (KITABRUECKE_SECOND_FACTOR_KEY) "
                    + "to a random text of at least 32 characters, e.g. the output of: openssl rand -base64 32");
        }
        key = new SecretKeySpec(sha256("kitabruecke-second-factor:" + secret), "AES");
        loginNameKey = sha256("kitabruecke-login-names:" + secret);
    }

    /**
     * The key typed login names are hashed with ({@code LoginNames}): derived from the same configured secret, so
     * that every portal node hashes a name alike and failed logins count together; never stored anywhere.
     */
    public byte[] loginNameKey() {
        return loginNameKey.clone();
    }

    public byte[] seal(long accountId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, accountId, nonce).doFinalQuietly(plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public byte[] open(long accountId, byte[] sealed) {
        return cipher(Cipher.DECRYPT_MODE, accountId, Arrays.copyOf(sealed, NONCE_BYTES))
                .doFinalQuietly(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
    }

    private Gcm cipher(int mode, long accountId, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            return new Gcm(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private record Gcm(Cipher cipher) {
        byte[] doFinalQuietly(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A second factor does not open with the configured key", e);
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
