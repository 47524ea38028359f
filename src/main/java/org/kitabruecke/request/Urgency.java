package org.kitabruecke.request;

/** How soon the family needs an answer. {@link #URGENT} shows the emergency numbers at once. */
public enum Urgency {
    QUESTION, SOON, URGENT
}
