package org.kitabruecke.galera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Galera needs of the schema, read from the test database after every migration: a primary key on every table
 * (Galera replicates and certifies rows by it; without one, deletes and updates are slow or differ between nodes),
 * InnoDB everywhere (the only engine it replicates), and no table locks anywhere in the code or the migrations
 * (LOCK TABLES is not replicated and does not stop other nodes).
 */
@IntegrationTest
class GaleraSafeSchemaTest {

    private static final Pattern TABLE_LOCK = Pattern.compile("LOCK\\s+TABLES?\\b", Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> withoutKey = jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name""", String.class);

        assertThat(tables()).as("the schema was read").contains("event_publication", "shedlock",
                "flyway_schema_history", "rate_limit_bucket", "staff_login_failure", "kita_assignment");
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void everyTableIsInnoDb() {
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""",
                String.class)).as("tables in another engine").isEmpty();
    }

    @Test
    void noCodeAndNoMigrationLocksATable() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            List<Path> locking = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return TABLE_LOCK.matcher(Files.readString(file)).find();
                } catch (IOException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }).toList();
            assertThat(locking).as("files that lock tables").isEmpty();
        }
    }

    private List<String> tables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class);
    }
}
