package org.kitabruecke.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login names count as the real database compares them: the same key exactly when MariaDB sees the same name. */
@IntegrationTest
class LoginNamesTest {

    /** Spellings that MariaDB takes for the account "sozial", and some it does not. */
    static final List<String> SAME = List.of("sozial", "sózial", "Sozial", "SOZIAL", "SÓZIAL", " sozial\t",
            "ｓｏｚｉａｌ", "sozia\u0301l", "soz\u200bial", "sozial\u00a0", "sozial \u200b");
    static final List<String> OTHER = List.of("sozial2", "soz ial", "\u00a0sozial", "sozıal", "sozia", "sozial.",
            "sozialsozial", "");

    @Autowired
    LoginNames names;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAccountTableComparesNamesByTheCollationLoginNamesMirrors() {
        assertThat(jdbc.queryForObject("""
                SELECT collation_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'staff_account' AND column_name = 'username'""",
                String.class)).isEqualTo("utf8mb4_uca1400_ai_ci");
    }

    @Test
    void everySpellingTheDatabaseFindsTheAccountByHasTheAccountsKey() {
        for (String typed : SAME) {
            assertThat(foundByDatabase(typed)).as("the database finds for '%s'", typed).containsExactly("sozial");
            assertThat(names.key(typed)).as("key of '%s'", typed).isEqualTo(names.key("sozial"));
            assertThat(names.forTrail(typed)).isEqualTo("sozial");
        }
        for (String typed : OTHER) {
            assertThat(foundByDatabase(typed)).as("the database finds for '%s'", typed).doesNotContain("sozial");
            assertThat(names.key(typed)).as("key of '%s'", typed).isNotEqualTo(names.key("sozial"));
        }
    }

    @Test
    void theDatabaseAndTheKeyAgreeOnTrickyPairs() {
        String[][] pairs = {{"straße", "strasse"}, {"ǆ", "dž"}, {"ﬁ", "fi"}, {"ı", "i"}, {"ø", "o"}, {"đ", "d"},
                {"æ", "ae"}, {"İ", "i"}, {"Ω", "ω"}, {"я", "Я"}, {"ё", "е"}, {"ä", "ae"}, {"a-b", "ab"}, {"a b", "ab"},
                {"x\u00a0", "x"}, {"\u0661", "1"}, {"ﾃ", "テ"}, {"ا", "أ"}, {"ي", "ی"}, {"k", "\u212a"}};
        for (String[] pair : pairs) {
            boolean database = Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_uca1400_ai_ci = "
                            + "CAST(? AS CHAR CHARACTER SET utf8mb4)", Boolean.class, pair[0], pair[1]));
            assertThat(names.key(pair[0]).equals(names.key(pair[1])))
                    .as("'%s' = '%s' in the database: %s", pair[0], pair[1], database).isEqualTo(database);
        }
    }

    @Test
    void aNameOfNoAccountIsWrittenDownOnlyAsAShortHash() {
        String trail = names.forTrail("MeinPasswort!2026");

        assertThat(trail).startsWith(LoginNames.UNKNOWN_PREFIX).doesNotContainIgnoringCase("passwort")
                .hasSize(LoginNames.UNKNOWN_PREFIX.length() + 8);
        assertThat(names.forTrail("meinpasswort!2026")).as("attempts on one name can be told apart").isEqualTo(trail);
    }

    private List<String> foundByDatabase(String typed) {
        return jdbc.queryForList("SELECT username FROM staff_account WHERE username = ?", String.class, typed.trim());
    }
}
