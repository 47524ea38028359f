package org.kitabruecke.directory.internal;

import java.util.List;
import java.util.Locale;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.staff.KitaChoice;
import org.kitabruecke.staff.KitaChoices;
import org.springframework.stereotype.Component;

/** The directory's Kitas for the Kita field of the staff accounts page (staff cannot depend on directory). */
@Component
class KitaChoicesOfDirectory implements KitaChoices {

    private final Directory directory;

    KitaChoicesOfDirectory(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<KitaChoice> all() {
        return directory.kitas(Locale.GERMAN).stream()
                .map(kita -> new KitaChoice(kita.id(), kita.name() + " (" + kita.districtName() + ")")).toList();
    }
}
