package org.kitabruecke.request.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    Optional<HelpRequest> findByReferenceCode(String referenceCode);

    boolean existsByReferenceCode(String referenceCode);
}
