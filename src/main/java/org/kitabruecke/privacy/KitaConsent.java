package org.kitabruecke.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;

/**
 * What Kita staff read together with a family, in the family's language, before they forward the family's need
 * (§ 62 Abs. 1, § 65 SGB VIII: social data are passed on only with consent): what goes to the team, that the Kita
 * learns only the state, how long it is kept, that it is voluntary, the legal ground. Its {@link ConsentRecord}
 * (version, the language it was read in, fingerprint) is stored with the request; a test keeps the texts of a
 * version from changing, as for {@link Consent}.
 */
public final class KitaConsent {

    public static final String VERSION = "kita-2026-11-30b";

    public static final String TITLE_KEY = "privacy.kitaConsent.title";

    public static final List<String> PARAGRAPH_KEYS = List.of(
            "privacy.kitaConsent.what",
            "privacy.kitaConsent.who",
            "privacy.kitaConsent.howLong",
            "privacy.kitaConsent.voluntary",
            "privacy.kitaConsent.law");

    private KitaConsent() {
    }

    /** The record of the explanation as the Kita shows it, in the family's language and script. */
    public static ConsentRecord record(Translations translations, Language language) {
        return ConsentRecord.of(VERSION, language.code(), allKeys().stream()
                .map(key -> translations.format(language.locale(), key, Map.of())).toList());
    }

    public static List<String> allKeys() {
        var keys = new ArrayList<String>();
        keys.add(TITLE_KEY);
        keys.addAll(PARAGRAPH_KEYS);
        return List.copyOf(keys);
    }
}
