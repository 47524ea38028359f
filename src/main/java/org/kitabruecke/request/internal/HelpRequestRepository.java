package org.kitabruecke.request.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    Optional<HelpRequest> findByReferenceCode(String referenceCode);

    boolean existsByReferenceCode(String referenceCode);

    /** What a Kita forwarded, newest first (at most the last 200: the Kita's list is for recent ones). */
    @Query(value = """
            SELECT * FROM help_request WHERE source = 'KITA' AND kita_id = :kita
            ORDER BY created_at DESC LIMIT 200""", nativeQuery = true)
    List<HelpRequest> findForwardsOf(long kita);
}
