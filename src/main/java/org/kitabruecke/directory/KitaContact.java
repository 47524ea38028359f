package org.kitabruecke.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A social worker responsible for a Kita: office contacts, when they are at the Kita, languages they counsel in. */
public record KitaContact(String name, String officePhone, String officeEmail, List<String> languages,
                          DayOfWeek presenceDay, LocalTime presenceFrom, LocalTime presenceUntil) {
}
