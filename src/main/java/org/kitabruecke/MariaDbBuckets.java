package org.kitabruecke;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Bucket4j's own "SELECT ... FOR UPDATE" protocol (from its core) on our table {@code rate_limit_bucket}: Bucket4j's
 * MariaDB module is not served by the registry this project builds from, and the protocol is all it adds. Each
 * bucket operation is one short transaction on a connection of its own; {@code expires_at} is when the bucket is full
 * again (epoch millis), after which the row means nothing and {@link #removeExpired} deletes it. That moment is in
 * Bucket4j's time, in which the bucket's state is kept, not on the city clock: the two must agree, or a row would
 * be deleted while its bucket still counts (or kept long after).
 */
final class MariaDbBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final ExpirationAfterWriteStrategy FULL_AGAIN =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

    private final DataSource dataSource;

    MariaDbBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(FULL_AGAIN));
        this.dataSource = dataSource;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
             var delete = connection.prepareStatement("DELETE FROM rate_limit_bucket WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** Deletes up to {@code batch} rows of buckets that are full again; returns how many. */
    int removeExpired(int batch) {
        try (Connection connection = dataSource.getConnection();
             var delete = connection.prepareStatement(
                     "DELETE FROM rate_limit_bucket WHERE expires_at < ? ORDER BY expires_at LIMIT ?")) {
            delete.setLong(1, nowMillis());
            delete.setInt(2, batch);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    private long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(currentTimeNanos());
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
        return new Transaction(connection, key);
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (var select = connection.prepareStatement(
                    "SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                select.setString(1, key);
                try (var row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            // expires_at 0: a row whose filling transaction never came is deleted by the next cleanup
            try (var insert = connection.prepareStatement(
                    "INSERT IGNORE INTO rate_limit_bucket (id, state, expires_at) VALUES (?, NULL, 0)")) {
                insert.setString(1, key);
                insert.executeUpdate();
                return true;
            } catch (SQLTransactionRollbackException concurrentInsert) {
                return false;
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            long ttl = FULL_AGAIN.calculateTimeToLiveMillis(newState, currentTimeNanos());
            try (var update = connection.prepareStatement(
                    "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                update.setBytes(1, data);
                update.setLong(2, ttl < 0 ? Long.MAX_VALUE : nowMillis() + ttl);
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void run(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }
}
