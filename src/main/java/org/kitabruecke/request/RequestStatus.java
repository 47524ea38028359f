package org.kitabruecke.request;

/** The state a family sees in the status lookup, and nothing more. */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, APPOINTMENT, CLOSED
}
