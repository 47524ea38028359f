package org.kitabruecke.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingCode;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.FamilyBookings;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.EmailAddressConverter;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.contact.PhoneNumberConverter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind a family's rights on bookings: find their bookings and waiting-list entries by code, contact or
 * linked request, and forget them. Contacts are compared as stored: phones in E.164, e-mail addresses without
 * regard to case. A booking's phone or address that was not given reads as {@code null}, as in the entity.
 */
@Component
public class FamilyRecords {

    private static final String BOOKING = """
            SELECT b.*, l.name AS location_name FROM booking b JOIN consultation_location l ON l.id = b.location_id
            WHERE b.anonymised_at IS NULL AND (""";
    private static final String WAITING = """
            SELECT w.*, l.name AS location_name FROM waitlist_entry w
            JOIN consultation_location l ON l.id = w.location_id WHERE (""";

    private static final PhoneNumberConverter PHONES = new PhoneNumberConverter();
    private static final EmailAddressConverter ADDRESSES = new EmailAddressConverter();

    private final NamedParameterJdbcTemplate jdbc;

    FamilyRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Bookings matching any of the given: a code, e-mail addresses, phone numbers, linked requests. */
    public List<FamilyBookings.Booked> bookings(@Nullable BookingCode code, Collection<EmailAddress> emails,
                                                Collection<PhoneNumber> phones, Collection<Long> requestIds) {
        var where = new ArrayList<String>();
        var parameters = new MapSqlParameterSource();
        if (code != null) {
            where.add("b.booking_code = :code");
            parameters.addValue("code", code.value());
        }
        if (!emails.isEmpty()) {
            where.add("LOWER(b.email) IN (:emails)");
            parameters.addValue("emails", lowerCase(emails));
        }
        if (!phones.isEmpty()) {
            where.add("b.phone IN (:phones)");
            parameters.addValue("phones", phones.stream().map(PhoneNumber::e164).toList());
        }
        if (!requestIds.isEmpty()) {
            where.add("b.help_request_id IN (:requests)");
            parameters.addValue("requests", requestIds);
        }
        if (where.isEmpty()) {
            return List.of();
        }
        return jdbc.query(BOOKING + String.join(" OR ", where) + ") ORDER BY b.starts_at, b.id", parameters,
                FamilyRecords::booked);
    }

    /** Waiting-list entries under these e-mail addresses (the list asks for nothing else). */
    public List<FamilyBookings.Waiting> waiting(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.query(WAITING + "LOWER(w.email) IN (:emails)) ORDER BY w.wanted_on, w.id",
                new MapSqlParameterSource("emails", lowerCase(emails)), FamilyRecords::waiting);
    }

    private static List<String> lowerCase(Collection<EmailAddress> emails) {
        return emails.stream().map(email -> email.value().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Removes contacts, words and personal links of these bookings; code, place, time and state stay. */
    public void anonymise(Collection<Long> bookingIds, Instant now) {
        if (bookingIds.isEmpty()) {
            return;
        }
        var parameters = new MapSqlParameterSource("ids", bookingIds).addValue("now", Timestamp.from(now));
        jdbc.update("DELETE FROM booking_link WHERE booking_id IN (:ids)", parameters);
        jdbc.update("""
                UPDATE booking SET phone = NULL, email = NULL, topic = NULL, anonymised_at = :now,
                  version = version + 1 WHERE id IN (:ids)""", parameters);
    }

    public void deleteWaiting(Collection<Long> entryIds) {
        if (!entryIds.isEmpty()) {
            jdbc.update("DELETE FROM waitlist_entry WHERE id IN (:ids)", new MapSqlParameterSource("ids", entryIds));
        }
    }

    private static FamilyBookings.Booked booked(ResultSet row, int n) throws SQLException {
        Timestamp cancelled = row.getTimestamp("cancelled_at");
        return new FamilyBookings.Booked(row.getLong("id"), new BookingCode(row.getString("booking_code")),
                row.getString("location_name"), row.getObject("starts_at", LocalDateTime.class),
                row.getObject("ends_at", LocalDateTime.class), BookingStatus.valueOf(row.getString("status")),
                PHONES.convertToEntityAttribute(row.getString("phone")),
                ADDRESSES.convertToEntityAttribute(row.getString("email")), language(row),
                row.getString("interpreter_language"), row.getString("topic"),
                row.getObject("help_request_id", Long.class), row.getTimestamp("created_at").toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }

    private static FamilyBookings.Waiting waiting(ResultSet row, int n) throws SQLException {
        return new FamilyBookings.Waiting(row.getLong("id"), row.getLong("location_id"),
                row.getString("location_name"),
                row.getObject("wanted_on", LocalDate.class), new EmailAddress(row.getString("email")),
                language(row), row.getString("status"),
                row.getObject("offered_slot", LocalDateTime.class), row.getTimestamp("created_at").toInstant());
    }

    private static ContactLanguage language(ResultSet row) throws SQLException {
        return new ContactLanguage(row.getString("contact_language"));
    }
}
