package org.kitabruecke.privacy;

import java.util.List;

/**
 * The records behind a code a family knows (a request's reference code, a booking code), for finding them in the
 * audit trail, which names records by type and id only. Each module that hands out codes implements it.
 */
public interface RecordCodes {

    /** A record as the audit trail names it, e.g. {@code help_request} 42. */
    record Record(String type, long id) {
    }

    /** The records behind the code as an admin typed it; empty if the code is none of this module's. */
    List<Record> recordsOf(String typedCode);
}
