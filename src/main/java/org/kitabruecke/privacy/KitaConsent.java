package org.kitabruecke.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * What Kita staff read together with a family, in the family's language, before they forward the family's need
 * (§ 62 Abs. 1, § 65 SGB VIII: social data are passed on only with consent): what goes to the team, that the Kita
 * learns only the state, how long it is kept, that it is voluntary, the legal ground. Stored by {@link #VERSION} with
 * the request; a test keeps the texts of a version from changing, as for {@link Consent}.
 */
public final class KitaConsent {

    public static final String VERSION = "kita-2026-11-25";

    public static final String TITLE_KEY = "privacy.kitaConsent.title";

    public static final List<String> PARAGRAPH_KEYS = List.of(
            "privacy.kitaConsent.what",
            "privacy.kitaConsent.who",
            "privacy.kitaConsent.howLong",
            "privacy.kitaConsent.voluntary",
            "privacy.kitaConsent.law");

    private KitaConsent() {
    }

    public static List<String> allKeys() {
        var keys = new ArrayList<String>();
        keys.add(TITLE_KEY);
        keys.addAll(PARAGRAPH_KEYS);
        return List.copyOf(keys);
    }
}
