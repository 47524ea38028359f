package org.kitabruecke.staff;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kitabruecke.staff.internal.SecretSeal;
import org.kitabruecke.staff.internal.StaffAccount;
import org.kitabruecke.staff.internal.StaffAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed login names as the database compares them, and what may be written down about them.
 *
 * <p>{@code staff_account.username} uses MariaDB's {@code utf8mb4_uca1400_ai_ci} (V17): Unicode collation, accents
 * and case ignored, trailing spaces padded away. {@code sózial}, {@code SOZIAL} and {@code ｓｏｚｉａｌ} all find the
 * account {@code sozial}, so failed logins must count under one key for all of them: the ICU collation key at
 * primary strength (the same UCA rules), after the trimming the login does and without trailing characters that
 * the padding ignores. A test checks the two agree on the real database.
 *
 * <p>A typed name may be a password typed into the wrong field. So the key is a keyed hash (HMAC-SHA-256 with a key
 * derived from {@code kitabruecke.staff.second-factor.key}, the same on every portal node and never in the
 * database, so that failed logins on all nodes count together, see {@link SecretSeal#loginNameKey()}), and a name
 * that matches no account is written to logs and the audit trail only as "unknown name" with a short hash of it:
 * attempts on one name can be told apart, the name cannot be read.
 */
@Component
public class LoginNames {

    /** What the audit trail and the log say instead of a typed name that matches no account. */
    public static final String UNKNOWN_PREFIX = "unknown name #";

    private static final Collator PRIMARY = primaryCollator();

    private final StaffAccountRepository accounts;
    private final SecretKeySpec key;

    LoginNames(StaffAccountRepository accounts, SecretSeal seal) {
        this.accounts = accounts;
        this.key = new SecretKeySpec(seal.loginNameKey(), "HmacSHA256");
    }

    /** One key for every spelling the database takes for the same name; unreadable without the configured key. */
    public String key(String typed) {
        return HexFormat.of().formatHex(hmac(collationKey(typed)));
    }

    /** What the log and the audit trail may say about a typed name: the account's name, or an unknown one. */
    @Transactional(readOnly = true)
    public String forTrail(String typed) {
        return accounts.findByUsername(typed.trim()).map(StaffAccount::username)
                .orElseGet(() -> UNKNOWN_PREFIX + key(typed).substring(0, 8));
    }

    /** The name as the database compares it: the bytes of its primary-strength collation key. */
    static byte[] collationKey(String typed) {
        // the login trims (String.trim: controls and spaces); the column's PAD SPACE collation ignores trailing
        // characters that weigh like a space or nothing (no-break space, zero-width space)
        String name = typed.trim();
        int end = name.length();
        while (end > 0) {
            int last = name.codePointBefore(end);
            String tail = new String(Character.toChars(last));
            if (PRIMARY.compare(tail, " ") != 0 && PRIMARY.compare(tail, "") != 0) {
                break;
            }
            end -= Character.charCount(last);
        }
        return PRIMARY.getCollationKey(name.substring(0, end)).toByteArray();
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
        }
    }

    private static Collator primaryCollator() {
        Collator collator = Collator.getInstance(ULocale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator.freeze();
    }
}
