package org.kitabruecke.request.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.privacy.ConsentRecord;

/** The {@link ConsentRecord} a request was submitted with, as stored beside it. */
@Embeddable
class ConsentColumns {

    @Column(name = "consent_version", nullable = false, length = ConsentRecord.VERSION_MAX)
    private String version = "";

    @Column(name = "consent_language", nullable = false, length = ConsentRecord.LANGUAGE_MAX)
    private String language = "";

    @Column(name = "consent_fingerprint", length = ConsentRecord.FINGERPRINT_LENGTH,
            columnDefinition = "char(" + ConsentRecord.FINGERPRINT_LENGTH + ")")
    private @Nullable String fingerprint;

    protected ConsentColumns() {
    }

    ConsentColumns(ConsentRecord consent) {
        this.version = consent.version();
        this.language = consent.language();
        this.fingerprint = consent.fingerprint();
    }

    ConsentRecord record() {
        return new ConsentRecord(version, language, fingerprint);
    }
}
