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

/** An internal note of the team on a request; never shown to the family or the Kita. */
@Entity
@Table(name = "help_request_note")
public class CaseNote {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "help_request_id")
    private @Nullable HelpRequest request;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt = Instant.EPOCH;

    @Column(name = "written_by", nullable = false, length = 80)
    private String writtenBy = "";

    @Column(nullable = false, length = TEXT_MAX)
    private String text = "";

    protected CaseNote() {
    }

    CaseNote(HelpRequest request, Instant writtenAt, String writtenBy, String text) {
        this.request = request;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.text = text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public String text() {
        return text;
    }
}
