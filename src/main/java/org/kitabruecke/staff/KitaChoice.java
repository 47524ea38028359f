package org.kitabruecke.staff;

/** A Kita a Kita account can act for, as the admin picks it. */
public record KitaChoice(long id, String name) {
}
