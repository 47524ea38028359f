package org.kitabruecke.request;

/**
 * Where a request stands. The family sees each state in the status lookup, a Kita only received / in progress /
 * closed ({@link #forKita()}); the team moves it along in the inbox.
 */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, REFERRED, APPOINTMENT, CLOSED;

    /** Whether the team still has to act on it. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** What the Kita that forwarded it may know: received, in progress or closed, nothing more. */
    public RequestStatus forKita() {
        return this == REFERRED || this == APPOINTMENT ? IN_PROGRESS : this;
    }
}
