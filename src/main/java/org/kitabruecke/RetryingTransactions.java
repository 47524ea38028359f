package org.kitabruecke;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of work in a transaction of its own and, when MariaDB rolled that transaction back to resolve a
 * conflict, runs it again in a fresh one: a few times, after a short random pause. On a Galera cluster two nodes never
 * wait for each other's row locks; the one that commits second fails certification with error 1213 ("deadlock", at
 * commit), and a single server's deadlock (1213) or lock wait timeout (1205) ends the same way. The work must be
 * repeatable as a whole: everything it does goes into the transaction (rows, events, audit), nothing leaves it before
 * the commit.
 *
 * <p>Only the outermost transaction can be repeated: inside one that is already running, the work simply joins it
 * (a transaction MariaDB rolled back cannot go on), and whoever started that one decides about repeating it.
 */
@Component
public class RetryingTransactions {

    /** Tries in all: the first and up to three repeats. */
    static final int ATTEMPTS = 4;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransactions.class);

    private final TransactionTemplate transactions;

    RetryingTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The result of {@code work}, run in a transaction of its own that is repeated after a conflict. */
    public <T extends @Nullable Object> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS || !isConflict(failure)) {
                    throw failure;
                }
                LOG.info("Transaction rolled back to resolve a conflict with another ({}); trying again, {} of {}",
                        describe(failure), attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Whether MariaDB (or Galera) rolled the transaction back for a conflict: worth trying again as a whole. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Pauses 20-40 ms, then 40-80 ms, ...: two nodes that met once rarely meet again at the same moment. */
    static void pause(int attempt) {
        long base = FIRST_PAUSE.toMillis() << (attempt - 1);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to try a transaction again", interrupted);
        }
    }

    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "error " + sql.getErrorCode();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
