package org.kitabruecke.directory.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.kitabruecke.directory.KitaImport;
import org.springframework.stereotype.Component;

/** Reads a CSV file of Kitas against the districts and Kitas there are now; see {@link KitaCsv}. */
@Component
public class KitaImporter {

    private final KitaRepository kitas;
    private final DistrictRepository districts;

    KitaImporter(KitaRepository kitas, DistrictRepository districts) {
        this.kitas = kitas;
        this.districts = districts;
    }

    public KitaImport preview(String csv) {
        Map<Long, String> names = districts.findAll().stream()
                .collect(Collectors.toMap(District::id, District::name));
        return new KitaCsv(names, kitas.findAllWithDistrict()).read(csv);
    }
}
