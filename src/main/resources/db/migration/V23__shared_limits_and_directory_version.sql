-- Several portal nodes on one MariaDB Galera cluster (issue 17, docs/decisions/0025-galera-safe.md): what one node
-- kept in its memory and all must see alike now lives here. Every table has a primary key (Galera replicates rows by
-- it); rows only live as long as the limit they count, then ShedLock jobs delete them.

-- Token buckets of Bucket4j, read and written with its SELECT ... FOR UPDATE protocol (status lookups per connection and per code; help requests, bookings and
-- waiting-list entries per connection), by "<limit>:<key>". The state is Bucket4j's own; expires_at (epoch millis) is
-- when the bucket is full again, after which the row means nothing and SharedBuckets' job deletes it.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_rate_limit_bucket_expiry (expires_at)
) ENGINE = InnoDB;

-- Bot-check puzzles solved per connection (IPv4 address or IPv6 /64): the more lately, the harder the next one.
CREATE TABLE bot_check_solved (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    connection  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    solved_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_bot_check_solved_connection (connection, solved_at),
    KEY ix_bot_check_solved_time (solved_at)
) ENGINE = InnoDB;

-- Failed staff logins: the name only as its keyed hash (LoginNames.key; NULL once a right password forgave it), the
-- connection, the time. Counted within kitabruecke.staff.login-window.
CREATE TABLE staff_login_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name_key   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    connection VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    failed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_staff_login_failure_name (name_key, failed_at),
    KEY ix_staff_login_failure_connection (connection, failed_at),
    KEY ix_staff_login_failure_time (failed_at)
) ENGINE = InnoDB;

-- One row: bumped in the transaction of every change to the directory, compared by every node at most once a second,
-- so that a node reads the directory anew within about a second of a change made on another node.
CREATE TABLE directory_version (
    id      TINYINT NOT NULL,
    version BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO directory_version (id, version) VALUES (1, 0);
