package org.kitabruecke.booking.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationRepository extends JpaRepository<ConsultationLocation, Long> {
}
