package org.kitabruecke;

import io.github.bucket4j.BucketConfiguration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) that every portal node shares, kept in MariaDB ({@code rate_limit_bucket}) with Bucket4j's
 * own protocol ({@link MariaDbBuckets}): a bucket is read with {@code SELECT ... FOR UPDATE}, changed and written back
 * in one short transaction, so that attempts on any node count against the same allowance. On Galera, two nodes changing one
 * bucket at the same moment do not wait for each other: one fails certification (1213) and is tried again here.
 *
 * <p>Each bucket takes a connection of its own from the pool for its transaction: take from a bucket before the
 * caller's transaction begins, not inside it. A bucket's row expires when the bucket is full again (it then means
 * nothing) and is deleted by a job on one node.
 */
@Component
public class SharedBuckets {

    /** The longest a bucket's key may be as stored; longer or non-ASCII ones are stored as their hash. */
    private static final int KEY_LENGTH = 100;
    private static final int CLEANUP_BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SharedBuckets.class);

    private final MariaDbBuckets buckets;

    SharedBuckets(DataSource dataSource) {
        this.buckets = new MariaDbBuckets(dataSource);
    }

    /**
     * Takes one token from the bucket of {@code key} under the limit {@code limit} (created full with
     * {@code configuration} if there is none); false if it is empty.
     */
    public boolean tryTake(String limit, String key, Supplier<BucketConfiguration> configuration) {
        String id = limit + ":" + StoredKey.of(key, KEY_LENGTH);
        for (int attempt = 1; ; attempt++) {
            try {
                return buckets.builder().build(id, configuration).tryConsume(1);
            } catch (RuntimeException failure) {
                if (attempt == RetryingTransactions.ATTEMPTS || !RetryingTransactions.isConflict(failure)) {
                    throw failure;
                }
                RetryingTransactions.pause(attempt);
            }
        }
    }

    /** Deletes the rows of buckets that are full again, a batch at a time. */
    @Scheduled(fixedDelayString = "${kitabruecke.limits.cleanup-interval:PT5M}")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT10M")
    public void removeFullBuckets() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(CLEANUP_BATCH);
            removed += batch;
        } while (batch == CLEANUP_BATCH);
        LOG.debug("Removed {} rate-limit buckets that were full again", removed);
    }
}
