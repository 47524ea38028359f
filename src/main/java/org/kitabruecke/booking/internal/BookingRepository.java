package org.kitabruecke.booking.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.kitabruecke.booking.BookingStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    boolean existsByCode(String code);

    List<Booking> findByLocationIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
            long locationId, LocalDateTime from, LocalDateTime until);

    /** Bookings in a period that have not been reminded of yet, e.g. tomorrow's. */
    List<Booking> findByStatusAndRemindedAtIsNullAndStartsAtGreaterThanEqualAndStartsAtLessThan(
            BookingStatus status, LocalDateTime from, LocalDateTime until);

    List<Booking> findByHelpRequestIdOrderByStartsAtAsc(Long helpRequestId);
}
