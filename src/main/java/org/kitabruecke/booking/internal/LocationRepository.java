package org.kitabruecke.booking.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LocationRepository extends JpaRepository<ConsultationLocation, Long> {

    /** The district a place is in, without loading the place (counted with each attendance). */
    @Query("SELECT l.districtId FROM ConsultationLocation l WHERE l.id = :id")
    long districtIdOf(@Param("id") long locationId);
}
