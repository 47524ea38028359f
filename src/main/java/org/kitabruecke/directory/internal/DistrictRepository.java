package org.kitabruecke.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DistrictRepository extends JpaRepository<District, Long> {

    @Query(value = """
            SELECT d.name AS name,
                   (SELECT COUNT(*) FROM kita k WHERE k.district_id = d.id) AS kitas,
                   (SELECT COUNT(DISTINCT a.social_worker_id) FROM kita_assignment a
                      JOIN kita k ON k.id = a.kita_id WHERE k.district_id = d.id) AS socialWorkers
            FROM district d ORDER BY d.name
            """, nativeQuery = true)
    List<Row> overview();

    /** One row of {@link #overview()}; column aliases match the getters. */
    interface Row {
        String getName();

        long getKitas();

        long getSocialWorkers();
    }
}
