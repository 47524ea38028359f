package org.kitabruecke.statistics;

/**
 * What is counted. The first four are logged by social workers with one or two taps; the others are counted by the
 * portal itself. Translations: {@code statistics.category.<name>}.
 */
public enum ActivityCategory {
    PHONE_COUNSELLING, NETWORK_WORK, KITA_COUNSELLING, FAMILY_SESSION, REQUEST_RECEIVED, BOOKING_ATTENDED;

    public boolean isLogged() {
        return this != REQUEST_RECEIVED && this != BOOKING_ATTENDED;
    }
}
