package org.kitabruecke.staff.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.staff.StaffRole;

/**
 * A person of the youth office or of a Kita who logs in. A local account's password is kept only as a BCrypt hash;
 * a directory account's password is checked by the city's directory and never kept here (docs/decisions/0021).
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 80)
    private String username = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Column(name = "display_name", nullable = false, length = 160)
    private String displayName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, columnDefinition = "varchar(20)")
    private StaffRole role = StaffRole.SOCIAL_WORKER;

    /** For {@link StaffRole#KITA_STAFF}: the one Kita this account acts for. */
    @Column(name = "kita_id")
    private @Nullable Long kitaId;

    @Column(name = "social_worker_id")
    private @Nullable Long socialWorkerId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, columnDefinition = "varchar(10)")
    private Origin origin = Origin.LOCAL;

    /** Where set-password links go; accounts made before V18 may have none until an admin adds it. */
    @Column(length = 254)
    private @Nullable String email;

    /** Counts up when sessions of this account must end (deactivated, password set or changed). */
    @Column(name = "sessions_generation", nullable = false)
    private int sessionsGeneration;

    @Version
    private int version;

    protected StaffAccount() {
    }

    /** A new account without a password: its owner sets one through a link. A Kita account needs its Kita. */
    public StaffAccount(String username, String displayName, @Nullable String email, StaffRole role,
                        @Nullable Long kitaId) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        requireKitaFor(role, kitaId);
        this.role = role;
        this.kitaId = kitaId;
    }

    /**
     * Only Kita staff act for a Kita, and always for exactly one. Open sessions end: they hold the old role.
     */
    public void changeRole(StaffRole newRole, @Nullable Long newKitaId) {
        requireKitaFor(newRole, newKitaId);
        if (newRole != role || !java.util.Objects.equals(newKitaId, kitaId)) {
            this.role = newRole;
            this.kitaId = newKitaId;
            sessionsGeneration++;
        }
    }

    private static void requireKitaFor(StaffRole role, @Nullable Long kitaId) {
        if ((role == StaffRole.KITA_STAFF) != (kitaId != null)) {
            throw new IllegalArgumentException("A Kita account needs its Kita, and only a Kita account has one");
        }
    }

    /** Deactivated: cannot log in, and its open sessions end. Never deleted: the audit trail names it. */
    public void deactivate() {
        enabled = false;
        sessionsGeneration++;
    }

    public void reactivate() {
        enabled = true;
    }

    /** A new password (already hashed); every session begun before ends. */
    public void newPasswordHash(String hash) {
        passwordHash = hash;
        sessionsGeneration++;
    }

    public void changeEmail(@Nullable String newEmail) {
        email = newEmail;
    }

    /** Where the password is checked: here, or in the city's directory. */
    public enum Origin {
        LOCAL,
        LDAP
    }

    /** The row of a directory user at the first sign-in: no local password, name and address from the directory. */
    static StaffAccount fromDirectory(String username) {
        var account = new StaffAccount();
        account.username = username;
        account.origin = Origin.LDAP;
        return account;
    }

    /**
     * What the directory said at this sign-in. The role follows the directory's groups every time; the Kita only
     * where the directory names one, otherwise the one an admin set stays.
     */
    void takeFromDirectory(String displayName, @Nullable String email, StaffRole role, @Nullable Long kitaId) {
        if (origin != Origin.LDAP) {
            throw new IllegalStateException("Only a directory account takes its details from the directory");
        }
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        if (kitaId != null) {
            this.kitaId = kitaId;
        }
    }

    public @Nullable Long id() {
        return id;
    }

    public @Nullable String email() {
        return email;
    }

    public int sessionsGeneration() {
        return sessionsGeneration;
    }

    /** An account made by an admin has no password until its owner sets one. */
    public boolean hasPassword() {
        return !passwordHash.isEmpty();
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Long kitaId() {
        return kitaId;
    }

    public Origin origin() {
        return origin;
    }
}
