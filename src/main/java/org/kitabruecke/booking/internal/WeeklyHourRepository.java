package org.kitabruecke.booking.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeeklyHourRepository extends JpaRepository<WeeklyHour, Long> {

    List<WeeklyHour> findByDayOfWeek(int dayOfWeek);
}
