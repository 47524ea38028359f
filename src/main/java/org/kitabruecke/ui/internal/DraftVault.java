package org.kitabruecke.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The table of drafts. A row is found by a hash of the browser's key and the kind of flow, and holds the draft
 * encrypted (AES-GCM) with a key derived from the browser's key: a copy of the database alone reads no answers.
 * Drafts are read back only from this table and only as our own and the JDK's value classes.
 */
@Component
public class DraftVault {

    private static final Logger LOG = LoggerFactory.getLogger(DraftVault.class);
    private static final ObjectInputFilter ONLY_DRAFTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=1000000;org.kitabruecke.**;java.lang.*;java.util.*;java.time.*;!*");
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DraftVault(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void seal(String key, String kind, Serializable draft, Instant expires) {
        jdbc.update("""
                INSERT INTO flow_draft (id, content, expires_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE content = VALUES(content), expires_at = VALUES(expires_at)""",
                id(key, kind), encrypt(key, serialize(draft)), Timestamp.from(expires));
    }

    public Optional<Object> open(String key, String kind, Instant now) {
        var rows = jdbc.query("SELECT content FROM flow_draft WHERE id = ? AND expires_at > ?",
                (row, i) -> row.getBytes(1), id(key, kind), Timestamp.from(now));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(deserialize(decrypt(key, rows.getFirst())));
        } catch (GeneralSecurityException | IOException | ClassNotFoundException | RuntimeException e) {
            // a draft of an older version of the portal, say: the parent starts again rather than sees an error
            LOG.info("A kept draft could not be read back and is dropped: {}", e.toString());
            remove(key, kind);
            return Optional.empty();
        }
    }

    public void remove(String key, String kind) {
        jdbc.update("DELETE FROM flow_draft WHERE id = ?", (Object) id(key, kind));
    }

    /**
     * Expired drafts are deleted, not merely ignored: nothing a parent did not send stays longer than promised. Returns
     * nothing: ShedLock refuses to lock a method with a primitive result, and the job then never ran.
     */
    @Scheduled(fixedDelayString = "${kitabruecke.drafts.cleanup-interval:PT5M}")
    @SchedulerLock(name = "draft-cleanup", lockAtMostFor = "PT10M")
    public void removeExpired() {
        int removed = jdbc.update("DELETE FROM flow_draft WHERE expires_at <= ?", Timestamp.from(clock.instant()));
        LOG.debug("Removed {} expired drafts", removed);
    }

    private static byte[] id(String key, String kind) {
        return sha256("kitabruecke-draft-id:" + kind + ":" + key);
    }

    private static byte[] encrypt(String key, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] decrypt(String key, byte[] stored) throws GeneralSecurityException {
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(stored, NONCE_BYTES));
        return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }

    private static Cipher cipher(int mode, String key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(sha256("kitabruecke-draft-key:" + key), "AES"),
                new GCMParameterSpec(128, nonce));
        return cipher;
    }

    private static byte[] serialize(Serializable draft) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(draft);
        } catch (IOException e) {
            throw new IllegalStateException("A draft could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_DRAFTS);
            return in.readObject();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
