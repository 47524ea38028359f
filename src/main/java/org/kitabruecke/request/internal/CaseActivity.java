package org.kitabruecke.request.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One thing that happened to a request: who did what, when. Written, never changed. */
@Entity
@Table(name = "help_request_activity")
public class CaseActivity {

    /** What happened; translations {@code inbox.activity.<name>}. */
    public enum Action { RECEIVED, ASSIGNED, STATUS, NOTE, REPLIED, REFERRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "help_request_id")
    private @Nullable HelpRequest request;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt = Instant.EPOCH;

    @Column(length = 80)
    private @Nullable String actor;

    @Column(nullable = false, length = 20)
    private String action = "";

    @Column(length = 200)
    private @Nullable String detail;

    protected CaseActivity() {
    }

    CaseActivity(HelpRequest request, Instant happenedAt, @Nullable String actor, Action action,
                 @Nullable String detail) {
        this.request = request;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.action = action.name();
        this.detail = detail;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public @Nullable String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public @Nullable String detail() {
        return detail;
    }
}
