package org.kitabruecke.directory.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's version stamp ({@code directory_version}, one row): bumped in the transaction of every change, so
 * that a portal node that compares it with the version it read knows whether its copy is still the latest.
 */
@Component
public class DirectoryVersion {

    private final JdbcTemplate jdbc;

    DirectoryVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        Long version = jdbc.queryForObject("SELECT version FROM directory_version WHERE id = 1", Long.class);
        return version == null ? 0 : version;
    }

    /** Must run in the transaction of the change: committed with it, or not at all. */
    public void bump() {
        jdbc.update("UPDATE directory_version SET version = version + 1 WHERE id = 1");
    }
}
