package org.kitabruecke.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The consent a family gives before its request is stored (§ 67b SGB X, Art. 9 GDPR): what is stored, who sees it,
 * how long it is kept, that it is voluntary, on which legal ground. The family reads it in its own language; the
 * version it agreed to is stored with the request, so that the team can always show which text that was.
 *
 * <p>Changing any of these texts in any language means a new {@link #VERSION}: a test compares a fingerprint of all
 * texts with the one recorded for the version.
 */
public final class Consent {

    /** The version of the texts below, as stored with each request. */
    public static final String VERSION = "help-2026-11-25-ru";

    /** The paragraphs, in reading order. */
    public static final List<String> PARAGRAPH_KEYS = List.of(
            "privacy.consent.what",
            "privacy.consent.who",
            "privacy.consent.howLong",
            "privacy.consent.voluntary",
            "privacy.consent.law");

    public static final String TITLE_KEY = "privacy.consent.title";
    public static final String AGREE_KEY = "privacy.consent.agree";

    private Consent() {
    }

    /** Every key whose text is part of the consent. */
    public static List<String> allKeys() {
        var keys = new ArrayList<String>();
        keys.add(TITLE_KEY);
        keys.addAll(PARAGRAPH_KEYS);
        keys.add(AGREE_KEY);
        return List.copyOf(keys);
    }
}
