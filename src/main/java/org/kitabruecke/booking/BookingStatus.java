package org.kitabruecke.booking;

/** The life of a booking: booked, then cancelled by the parent, or marked attended / no-show by the team. */
public enum BookingStatus {
    BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
