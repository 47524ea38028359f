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

/** A person of the youth office or of a Kita who logs in. The password is kept only as a BCrypt hash. */
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

    @Version
    private int version;

    protected StaffAccount() {
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
}
