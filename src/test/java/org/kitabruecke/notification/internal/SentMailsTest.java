package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two deliveries of the same mail at the same moment (a node that restarts while another one sends) meet at the
 * sent-marker's row lock in MariaDB: the second waits for the first transaction and sends only if that one failed.
 */
@IntegrationTest
class SentMailsTest {

    @Autowired
    SentMails sent;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    void aSecondDeliveryWaitsForTheFirstAndThenSendsNothing() throws Exception {
        assertSecondDelivery(true, false);
    }

    @Test
    void whenTheFirstDeliveryFailsTheSecondOneSendsTheMail() throws Exception {
        assertSecondDelivery(false, true);
    }

    private void assertSecondDelivery(boolean firstSucceeds, boolean secondSends) throws Exception {
        String key = "test-mail:" + UUID.randomUUID();
        var taken = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        Future<Boolean> first = nodes.submit(() -> new TransactionTemplate(transactionManager).execute(tx -> {
            boolean mine = sent.take(key);
            taken.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS); // "sending"
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!firstSucceeds) {
                tx.setRollbackOnly(); // the mail server refused: the listener's transaction rolls back
            }
            return mine;
        }));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Boolean> second = nodes.submit(() -> new TransactionTemplate(transactionManager)
                .execute(tx -> sent.take(key)));
        assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).as("waits while the first one sends")
                .isInstanceOf(TimeoutException.class);
        finish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(secondSends);
    }
}
