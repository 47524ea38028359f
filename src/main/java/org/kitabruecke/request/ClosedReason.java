package org.kitabruecke.request;

/** Why the team closed a request; counted in the quarterly figures. Translations: {@code inbox.closed.<name>}. */
public enum ClosedReason {
    HELPED, REFERRED_ON, NOT_REACHED, NO_LONGER_NEEDED, DUPLICATE, OTHER
}
