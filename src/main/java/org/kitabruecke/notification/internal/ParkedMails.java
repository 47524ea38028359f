package org.kitabruecke.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.notification.MailKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The mails given up on ({@code mail_parked}): ids, kinds and counts, and the event without any secret. */
@Component
class ParkedMails {

    /** A parked mail with what it takes to send it again. */
    record Parked(long id, String key, MailKind kind, @Nullable Long requestId, @Nullable Long bookingId,
                  String listenerId, String eventType, String serializedEvent, int attempts, Instant firstTriedAt,
                  Instant parkedAt, @Nullable UUID retryPublication) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ParkedMails(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parks a mail; one parked before under the same key (its retry failed too) counts the new attempts. */
    void park(MailSubject subject, String listenerId, String eventType, String serializedEvent, int attempts,
              Instant firstTriedAt, Instant now) {
        jdbc.update("""
                INSERT INTO mail_parked (mail_key, kind, request_id, booking_id, listener_id, event_type,
                  serialized_event, attempts, first_tried_at, parked_at)
                VALUES (:key, :kind, :request, :booking, :listener, :type, :event, :attempts, :first, :now)
                ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts), parked_at = VALUES(parked_at),
                  retry_publication = NULL""", new MapSqlParameterSource("key", subject.key())
                .addValue("kind", subject.kind().name()).addValue("request", subject.requestId())
                .addValue("booking", subject.bookingId()).addValue("listener", listenerId)
                .addValue("type", eventType).addValue("event", serializedEvent).addValue("attempts", attempts)
                .addValue("first", Timestamp.from(firstTriedAt)).addValue("now", Timestamp.from(now)));
    }

    /** The parked mail, locked against a second admin's retry at the same moment. */
    Optional<Parked> lock(long id) {
        return jdbc.query("SELECT * FROM mail_parked WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", id),
                ParkedMails::parked).stream().findFirst();
    }

    void retrying(long id, UUID publication) {
        jdbc.update("UPDATE mail_parked SET retry_publication = :publication WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("publication", publication.toString()));
    }

    /** The outbox entries of the admins' retries under way, with the key of the mail each one retries. */
    Map<UUID, String> retryPublications() {
        Map<UUID, String> retries = new HashMap<>();
        jdbc.query("SELECT retry_publication, mail_key FROM mail_parked WHERE retry_publication IS NOT NULL",
                row -> {
                    retries.put(UUID.fromString(row.getString("retry_publication")), row.getString("mail_key"));
                });
        return retries;
    }

    /** Drops a parked mail that can no longer be delivered: retention or erasure removed the family's address. */
    void forget(long id) {
        jdbc.update("DELETE FROM mail_parked WHERE id = :id", new MapSqlParameterSource("id", id));
    }

    /** Drops what an admin's retry delivered: its outbox entry was completed (and so deleted). */
    int forgetDelivered() {
        return jdbc.update("""
                DELETE FROM mail_parked WHERE retry_publication IS NOT NULL
                AND retry_publication NOT IN (SELECT id FROM event_publication)""", new MapSqlParameterSource());
    }

    /** The mail went out after all. */
    void forget(String key) {
        jdbc.update("DELETE FROM mail_parked WHERE mail_key = :key", new MapSqlParameterSource("key", key));
    }

    List<Parked> all() {
        return jdbc.query("SELECT * FROM mail_parked ORDER BY parked_at DESC, id DESC", ParkedMails::parked);
    }

    List<Parked> ofRequests(Collection<Long> requestIds) {
        return requestIds.isEmpty() ? List.of() : jdbc.query(
                "SELECT * FROM mail_parked WHERE request_id IN (:ids) ORDER BY parked_at, id",
                new MapSqlParameterSource("ids", requestIds), ParkedMails::parked);
    }

    List<Parked> ofBookings(Collection<Long> bookingIds) {
        return bookingIds.isEmpty() ? List.of() : jdbc.query(
                "SELECT * FROM mail_parked WHERE booking_id IN (:ids) ORDER BY parked_at, id",
                new MapSqlParameterSource("ids", bookingIds), ParkedMails::parked);
    }

    private static Parked parked(ResultSet row, int number) throws SQLException {
        String retry = row.getString("retry_publication");
        return new Parked(row.getLong("id"), row.getString("mail_key"), MailKind.valueOf(row.getString("kind")),
                row.getObject("request_id", Long.class), row.getObject("booking_id", Long.class),
                row.getString("listener_id"), row.getString("event_type"), row.getString("serialized_event"),
                row.getInt("attempts"), row.getTimestamp("first_tried_at").toInstant(),
                row.getTimestamp("parked_at").toInstant(), retry == null ? null : UUID.fromString(retry));
    }
}
