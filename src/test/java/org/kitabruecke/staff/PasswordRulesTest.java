package org.kitabruecke.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Length over composition (NIST SP 800-63B): what is refused, and that everything else is taken. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules(12, 128);

    @Test
    void aPasswordShorterThanTheMinimumIsRefusedAndCharactersCountAsSeen() {
        assertThat(rules.check("elf zeichen", "anna")).contains(PasswordProblem.TOO_SHORT);
        // twelve emoji are twelve characters, though 24 UTF-16 units
        assertThat(rules.check("🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻", "anna")).contains(PasswordProblem.TOO_SHORT);
        assertThat(rules.check("🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🐝", "anna")).isEmpty();
    }

    @Test
    void anyCharactersAreTakenWithoutRulesOfComposition() {
        assertThat(rules.check("all lower case words here", "anna")).isEmpty();
        assertThat(rules.check("Грушевий сад навесні", "anna")).isEmpty();
        assertThat(rules.check("حديقة الورد في الربيع", "anna")).isEmpty();
        assertThat(rules.check("x".repeat(128), "anna")).isEmpty();
    }

    @Test
    void aPasswordLongerThanTheMaximumIsRefused() {
        assertThat(rules.check("x".repeat(129), "anna")).contains(PasswordProblem.TOO_LONG);
        assertThat(new PasswordRules(12, 64).maxLength()).as("never below 128").isEqualTo(128);
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedWhateverTheirCase() {
        assertThat(rules.check("123qweasdzxc", "anna")).contains(PasswordProblem.COMMON);
        assertThat(rules.check("QWERTY123456", "anna")).contains(PasswordProblem.COMMON);
        assertThat(rules.check("1qaz2wsx3edc", "anna")).contains(PasswordProblem.COMMON);
    }

    @Test
    void theAccountsNameAndThePortalsNameAreRefusedInAnySpelling() {
        assertThat(rules.check("ich-bin-anna.neu-2026", "anna.neu")).contains(PasswordProblem.CONTAINS_NAME);
        assertThat(rules.check("ICH BIN ANNA.NEU JA", "anna.neu")).contains(PasswordProblem.CONTAINS_NAME);
        assertThat(rules.check("meine Kita-Brücke 2026", "anna")).contains(PasswordProblem.CONTAINS_NAME);
        assertThat(rules.check("kitabruecke-demo", "anna")).contains(PasswordProblem.CONTAINS_NAME);
        assertThat(rules.check("KITA BRUCKE rocks!", "anna")).contains(PasswordProblem.CONTAINS_NAME);
    }

    @Test
    void passwordsAreComparedInNormalFormNfkc() {
        // full-width letters (an East Asian keyboard) are the same password as plain ones
        assertThat(PasswordRules.normalized("ｐａｓｓ")).isEqualTo("pass");
        assertThat(PasswordRules.normalized("Cafe\u0301")).isEqualTo("Café");
    }
}
