package org.kitabruecke.directory;

import java.util.List;
import org.kitabruecke.directory.internal.DistrictRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the city's public directory: districts, Kitas and who is responsible for them. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final DistrictRepository districts;

    Directory(DistrictRepository districts) {
        this.districts = districts;
    }

    /** Every district in alphabetical order, with how many Kitas and responsible social workers it has. */
    public List<DistrictOverview> districts() {
        return districts.overview().stream()
                .map(row -> new DistrictOverview(row.getName(), row.getKitas(), row.getSocialWorkers()))
                .toList();
    }
}
