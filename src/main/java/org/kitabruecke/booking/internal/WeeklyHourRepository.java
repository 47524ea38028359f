package org.kitabruecke.booking.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeeklyHourRepository extends JpaRepository<WeeklyHour, Long> {

    /** The whole week's hours with their locations, in one query (the start page asks on every visit). */
    @Override
    @EntityGraph(attributePaths = "location")
    List<WeeklyHour> findAll();

    @EntityGraph(attributePaths = "location")
    List<WeeklyHour> findByDayOfWeek(int dayOfWeek);

    @EntityGraph(attributePaths = "location")
    List<WeeklyHour> findByLocationId(long locationId);
}
