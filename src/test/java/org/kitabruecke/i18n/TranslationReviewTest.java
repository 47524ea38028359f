package org.kitabruecke.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the admins' translation overview and the translators rely on: the review state of every key. */
class TranslationReviewTest {

    private static final String GERMAN = """
            # Kita-Brücke – Deutsch
            start.title=Wie können wir helfen?
            start.intro=Die Kita-Sozialarbeit berät Familien.
            inbox.title=Anfragen
            """;

    @Test
    void stampingRecordsTheGermanTextAKeyWasTranslatedFromAndMarksSoftwareTranslationsUnreviewed() {
        String polish = """
                # Kita-Brücke – polski
                start.title=Jak możemy pomóc?

                start.intro=Pracownicy socjalni doradzają rodzinom.
                inbox.title=Zapytania
                """;
        String stamped = new TranslationStamp(GERMAN, true, Set.of()).stamp(polish);

        assertThat(stamped).contains("# de:" + TranslationFile.fingerprint("Wie können wir helfen?")
                + " unreviewed\nstart.title=Jak możemy pomóc?");
        var review = Translations.of(Map.of("de", GERMAN, "pl", stamped)).review(Language.of("pl"));
        assertThat(review.unreviewed()).containsExactlyInAnyOrder("start.title", "start.intro", "inbox.title");
        assertThat(review.stale()).isEmpty();
        assertThat(review.missing()).isEmpty();
        assertThat(new TranslationStamp(GERMAN, false, Set.of()).stamp(stamped)).isEqualTo(stamped);
    }

    @Test
    void aGermanTextChangedAfterTranslationShowsAsStaleUntilTheKeyIsTranslatedAgain() {
        String polish = new TranslationStamp(GERMAN, false, Set.of()).stamp("""
                start.title=Jak możemy pomóc?
                start.intro=Pracownicy socjalni doradzają rodzinom.
                inbox.title=Zapytania
                """);
        String changedGerman = GERMAN.replace("berät Familien.", "berät Familien mit Kindern bis sechs.");

        var review = Translations.of(Map.of("de", changedGerman, "pl", polish)).review(Language.of("pl"));
        assertThat(review.stale()).containsExactly("start.intro");
        assertThat(review.unreviewed()).isEmpty();

        String retranslated = new TranslationStamp(changedGerman, false, Set.of("start.intro")).stamp(polish);
        assertThat(Translations.of(Map.of("de", changedGerman, "pl", retranslated)).review(Language.of("pl"))
                .stale()).isEmpty();
    }

    @Test
    void aReviewerDeletesTheWordUnreviewedAndTheKeyCountsAsReviewed() {
        String fingerprint = TranslationFile.fingerprint("Anfragen");
        var review = Translations.of(Map.of("de", GERMAN, "pl", "# de:" + fingerprint + "\ninbox.title=Zapytania\n"))
                .review(Language.of("pl"));
        assertThat(review.unreviewed()).isEmpty();
        assertThat(review.missing()).containsExactlyInAnyOrder("start.intro", "start.title");
    }

    @Test
    void leichteSpracheNeedsWhatParentsReadAndLeavesStaffPagesToGerman() {
        var translations = Translations.of(Map.of("de", GERMAN, "de-x-ls",
                "start.title=Wir helfen Ihnen.\n"));
        Language easy = Language.of("de-x-ls");
        assertThat(translations.review(easy).missing()).containsExactly("start.intro");
        assertThat(translations.pattern(easy, "inbox.title")).hasValue("Anfragen");
        assertThat(translations.pattern(easy, "start.title")).hasValue("Wir helfen Ihnen.");
    }
}
