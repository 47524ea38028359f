package org.kitabruecke.staff.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The second-factor tables (V19): sealed TOTP secrets with their last used step, and hashed recovery codes. */
@Repository
public class SecondFactorRecords {

    /** A stored factor: the sealed secret and the last time step a code of it was accepted for. */
    public record Stored(byte[] sealedSecret, long lastUsedStep) {
    }

    private final JdbcClient jdbc;

    SecondFactorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> accountId(String username) {
        return jdbc.sql("SELECT id FROM staff_account WHERE username = ?").param(username.strip())
                .query(Long.class).optional();
    }

    public Optional<Stored> factor(long accountId) {
        return jdbc.sql("SELECT sealed_secret, last_used_step FROM staff_second_factor WHERE account_id = ?")
                .param(accountId)
                .query((row, n) -> new Stored(row.getBytes(1), row.getLong(2))).optional();
    }

    /** Stores the (new) factor; its first code's step counts as used. */
    public void enrol(long accountId, byte[] sealedSecret, long usedStep, Instant at) {
        jdbc.sql("""
                INSERT INTO staff_second_factor (account_id, sealed_secret, last_used_step, enrolled_at)
                VALUES (:id, :secret, :step, :at)
                ON DUPLICATE KEY UPDATE sealed_secret = :secret, last_used_step = :step, enrolled_at = :at""")
                .param("id", accountId).param("secret", sealedSecret).param("step", usedStep)
                .param("at", Timestamp.from(at)).update();
    }

    /**
     * Marks a step used, if no later or equal step was: one guarded statement, so that two requests with the same
     * code at the same moment cannot both be accepted.
     */
    public boolean useStep(long accountId, long step) {
        return jdbc.sql("UPDATE staff_second_factor SET last_used_step = ? WHERE account_id = ? AND last_used_step < ?")
                .params(step, accountId, step).update() == 1;
    }

    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE account_id = ?").param(accountId).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO staff_recovery_code (account_id, code_hash) VALUES (?, ?)")
                    .params(accountId, hash).update();
        }
    }

    /** Uses up an unused recovery code; false if there is none with this hash (or it was used, also just now). */
    public boolean useRecoveryCode(long accountId, String hash, Instant at) {
        return jdbc.sql("""
                UPDATE staff_recovery_code SET used_at = ?
                WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
                .params(Timestamp.from(at), accountId, hash).update() == 1;
    }

    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(accountId).query(Integer.class).single();
    }

    public void remove(long accountId) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE account_id = ?").param(accountId).update();
        jdbc.sql("DELETE FROM staff_second_factor WHERE account_id = ?").param(accountId).update();
    }

    /** Every session of the account ends at its next request ({@link AccountSessionFilter}). */
    public void endSessions(long accountId) {
        jdbc.sql("UPDATE staff_account SET sessions_generation = sessions_generation + 1 WHERE id = ?")
                .param(accountId).update();
    }
}
