package org.kitabruecke.staff;

import java.util.List;

/**
 * The Kitas of the city's directory, for the admin page's Kita field. Implemented by the directory module (which
 * already depends on this one), so that staff stays free of it.
 */
public interface KitaChoices {

    /** All Kitas, by name. */
    List<KitaChoice> all();
}
