package org.kitabruecke.request.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.request.RequestStatus;

/** One step in a request's history: which state, when, and which staff member (none for the family's own). */
@Entity
@Table(name = "help_request_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "help_request_id")
    private @Nullable HelpRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, columnDefinition = "varchar(12)")
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", length = 80)
    private @Nullable String changedBy;

    protected StatusChange() {
    }

    StatusChange(HelpRequest request, RequestStatus status, Instant changedAt, @Nullable String changedBy) {
        this.request = request;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
