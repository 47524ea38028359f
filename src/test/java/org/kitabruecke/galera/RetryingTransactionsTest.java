package org.kitabruecke.galera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.RetryingTransactions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What is tried again and how: only conflicts MariaDB or Galera resolved by a rollback (1213, 1205), each time in a new
 * transaction, at most four times; a transaction that is already running is joined and left to its starter.
 */
@IntegrationTest
class RetryingTransactionsTest {

    @Autowired
    RetryingTransactions retrying;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void deadlocksAndLockWaitTimeoutsAreConflictsButAnOverwrittenVersionOrADuplicateAreNot() {
        assertThat(RetryingTransactions.isConflict(new RuntimeException(
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(RetryingTransactions.isConflict(new IllegalStateException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).isTrue();
        assertThat(RetryingTransactions.isConflict(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(RetryingTransactions.isConflict(new OptimisticLockingFailureException("changed meanwhile")))
                .isFalse();
        assertThat(RetryingTransactions.isConflict(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
    }

    @Test
    void eachAttemptRunsInATransactionOfItsOwnUntilOneCommits() {
        List<Object> transactions = new ArrayList<>();
        String result = retrying.inTransaction(() -> {
            transactions.add(TransactionSynchronizationManager.getResourceMap().values().iterator().next());
            if (transactions.size() < 3) {
                throw new CannotAcquireLockException("rolled back by MariaDB");
            }
            return "booked";
        });

        assertThat(result).isEqualTo("booked");
        assertThat(transactions).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void afterFourConflictsTheLastOneReachesTheCallerAndOtherFailuresAreNotRepeated() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> retrying.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new CannotAcquireLockException("again");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(4);

        attempts.set(0);
        assertThatThrownBy(() -> retrying.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingFailureException("a colleague was faster");
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void insideARunningTransactionTheWorkJoinsItAndIsNotRepeated() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(outer ->
                retrying.inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("the outer transaction is lost");
                }))).isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(1);
    }
}
