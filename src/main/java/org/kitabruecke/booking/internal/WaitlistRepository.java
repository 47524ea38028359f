package org.kitabruecke.booking.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.contact.EmailAddress;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface WaitlistRepository extends JpaRepository<WaitlistEntry, Long> {

    /** The first parent still waiting for a day, locked so that two freed places never go to the same parent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<WaitlistEntry> findFirstByLocationIdAndWantedOnAndStatusOrderByCreatedAtAscIdAsc(
            long locationId, LocalDate wantedOn, WaitlistEntry.Status status);

    Optional<WaitlistEntry> findByOfferTokenHash(String offerTokenHash);

    List<WaitlistEntry> findByStatusAndOfferExpiresAtLessThanEqual(WaitlistEntry.Status status, LocalDateTime now);

    Optional<WaitlistEntry> findFirstByLocationIdAndWantedOnAndEmailAndStatus(long locationId, LocalDate wantedOn,
                                                                       EmailAddress email,
                                                                       WaitlistEntry.Status status);
}
