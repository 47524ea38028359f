package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V11 on requests stored before it (in a database of their own on the same MariaDB): what the family did
 * not say becomes "not answered", what it said stays, and each consent names the text that was read (decision 0010).
 */
@IntegrationTest
class OlderRequestsMigrationTest {

    private static final String DATABASE = "kb_migration_v11";

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @AfterEach
    void dropScratchDatabase() {
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Test
    void olderRequestsKeepWhatTheFamilySaidAssumeNothingElseAndNameTheConsentTextRead() {
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
        jdbc.execute("CREATE DATABASE " + DATABASE);
        var scratch = new DriverManagerDataSource(url.replaceFirst("/[^/?]+(?=\\?|$)", "/" + DATABASE), user,
                password);
        migrate(scratch, "10");
        var old = new JdbcTemplate(scratch);
        insert(old, "KB-OLD-001", "PARENT", "ar", 0, 0, 0, false, false, "help-2026-11-25-ru");
        insert(old, "KB-OLD-002", "PARENT", "de", 1, 0, 2, true, true, "help-2026-11-25");
        insert(old, "KB-OLD-003", "KITA", "uk", 0, 0, 0, false, false, "kita-2026-11-25");
        insert(old, "KB-OLD-004", "PARENT", "tr", 0, 1, 0, false, false, "benchmark");

        migrate(scratch, "11");

        assertThat(row(old, "KB-OLD-001")).as("an Arabic parent who ticked no caution")
                .containsEntry("voicemail_ok", "NOT_ANSWERED").containsEntry("email_ok", "NOT_ANSWERED")
                .containsEntry("children_0_1", 0).containsEntry("consent_version", "help-2026-11-25-ru")
                .containsEntry("consent_language", "ar").containsEntry("consent_fingerprint", "e762d546e5b8");
        assertThat(row(old, "KB-OLD-002")).as("a German parent who asked for neither voicemail nor e-mail")
                .containsEntry("voicemail_ok", "NO").containsEntry("email_ok", "NO")
                .containsEntry("children_0_1", 1).containsEntry("children_3_6", 2)
                .containsEntry("consent_language", "de").containsEntry("consent_fingerprint", "ce816ab244ec");
        assertThat(row(old, "KB-OLD-003")).as("a Kita's forward: children were never asked")
                .containsEntry("children_0_1", null).containsEntry("children_1_3", null)
                .containsEntry("children_3_6", null).containsEntry("voicemail_ok", "NOT_ANSWERED")
                .containsEntry("consent_language", "uk").containsEntry("consent_fingerprint", "4bb4351593d2");
        assertThat(row(old, "KB-OLD-004")).as("a version whose texts are not known gets no made-up fingerprint")
                .containsEntry("consent_language", "tr").containsEntry("consent_fingerprint", null);
    }

    private static void migrate(DriverManagerDataSource database, String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    private static void insert(JdbcTemplate old, String code, String source, String language, int babies,
                               int toddlers, int preschool, boolean noVoicemail, boolean noEmail, String consent) {
        old.update("""
                INSERT INTO help_request (reference_code, pin_hash, source, urgency, status, children_0_1,
                  children_1_3, children_3_6, phone, contact_language, page_language, no_voicemail, no_email,
                  consent_version, created_at, updated_at)
                VALUES (?, 'x', ?, 'SOON', 'RECEIVED', ?, ?, ?, '+4915112340001', ?, ?, ?, ?, ?, NOW(), NOW())""",
                code, source, babies, toddlers, preschool, language, language, noVoicemail, noEmail, consent);
    }

    private static Map<String, Object> row(JdbcTemplate database, String code) {
        return database.queryForMap("""
                SELECT voicemail_ok, email_ok, children_0_1, children_1_3, children_3_6, consent_version,
                  consent_language, consent_fingerprint FROM help_request WHERE reference_code = ?""", code);
    }
}
