package org.kitabruecke.booking.internal;

import java.util.List;
import org.kitabruecke.booking.BookingCode;
import org.kitabruecke.privacy.RecordCodes;
import org.kitabruecke.request.HelpRequests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The booking behind a booking code, and the bookings linked to the request behind a reference code, for the audit
 * trail's search: a family's code finds what was done with their appointments too.
 */
@Component
class BookingCodeRecords implements RecordCodes {

    private final JdbcTemplate jdbc;
    private final HelpRequests requests;

    BookingCodeRecords(JdbcTemplate jdbc, HelpRequests requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    @Override
    public List<Record> recordsOf(String typedCode) {
        List<Long> ids = requests.idOf(typedCode).map(request -> jdbc.queryForList(
                        "SELECT id FROM booking WHERE help_request_id = ?", Long.class, request))
                .or(() -> BookingCode.parse(typedCode).map(code -> jdbc.queryForList(
                        "SELECT id FROM booking WHERE booking_code = ?", Long.class, code.value())))
                .orElse(List.of());
        return ids.stream().map(id -> new Record("booking", id)).toList();
    }
}
