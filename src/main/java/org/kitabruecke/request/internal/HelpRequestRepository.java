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

    /** A family's requests by e-mail address, in any case; only those that still hold personal data. */
    @Query(value = "SELECT * FROM help_request WHERE LOWER(email) = LOWER(:email) AND anonymised_at IS NULL",
            nativeQuery = true)
    List<HelpRequest> findByEmailOfFamily(String email);

    /** A family's requests by phone number in E.164; only those that still hold personal data. */
    @Query(value = "SELECT * FROM help_request WHERE phone = :phone AND anonymised_at IS NULL", nativeQuery = true)
    List<HelpRequest> findByPhoneOfFamily(String phone);
}
