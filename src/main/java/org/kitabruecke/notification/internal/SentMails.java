package org.kitabruecke.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which mails went out, so that none goes out twice: a listener takes its mail ({@link #take}) in its own
 * transaction before it hands the mail to the mail server. The outbox records a delivery only after that
 * transaction has committed, so a node that dies in between leaves the entry to be delivered again — and the second
 * delivery finds the mail taken and sends nothing. Two deliveries at the same moment (a node that restarts while
 * another one sends) meet at the row's lock: the second waits for the first transaction and then finds the mail
 * taken, or free again if the first attempt failed. Only a crash between the mail server's "accepted" and the
 * commit, a few milliseconds, can still send a mail twice.
 */
@Component
class SentMails {

    private final JdbcTemplate jdbc;
    private final ParkedMails parked;
    private final Clock clock;

    SentMails(JdbcTemplate jdbc, ParkedMails parked, Clock clock) {
        this.jdbc = jdbc;
        this.parked = parked;
        this.clock = clock;
    }

    /**
     * Takes the mail for sending: false if it went out before (send nothing then). Also drops a parked copy of it,
     * which disappears with this transaction's commit, i.e. once the mail has gone out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean take(String key) {
        // INSERT IGNORE waits for another transaction's uncommitted row with this key, then ignores it if committed
        boolean taken = jdbc.update("INSERT IGNORE INTO mail_sent (mail_key, sent_at) VALUES (?, ?)", key,
                Timestamp.from(clock.instant())) == 1;
        if (taken) {
            parked.forget(key);
        }
        return taken;
    }

    /** Forgets the mails sent before {@code before}: by then no delivery of them can still be pending. */
    int forgetSentBefore(Instant before) {
        return jdbc.update("DELETE FROM mail_sent WHERE sent_at < ?", Timestamp.from(before));
    }
}
