package org.kitabruecke.i18n;

import java.util.Set;

/**
 * Where one language's translation stands, for the admins' overview and the translators.
 *
 * @param translated how many keys the language's file has
 * @param missing    keys the language must have but lacks (German is shown instead)
 * @param stale      keys whose German text changed since they were translated, or that never recorded it
 * @param unreviewed keys translated with software help that no person has reviewed yet
 */
public record TranslationReview(Language language, int translated, Set<String> missing, Set<String> stale,
                                Set<String> unreviewed) {

    public TranslationReview {
        missing = Set.copyOf(missing);
        stale = Set.copyOf(stale);
        unreviewed = Set.copyOf(unreviewed);
    }

    /** Nothing missing, nothing stale, everything reviewed. */
    public boolean isComplete() {
        return missing.isEmpty() && stale.isEmpty() && unreviewed.isEmpty();
    }
}
