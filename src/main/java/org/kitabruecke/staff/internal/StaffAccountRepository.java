package org.kitabruecke.staff.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.staff.StaffRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    /**
     * The active admins, their rows locked until the transaction ends: two admins taking each other's role at the
     * same moment meet here, and the second sees that only one admin is left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT a FROM StaffAccount a WHERE a.role = :role AND a.enabled = true ORDER BY a.id")
    List<StaffAccount> lockActive(StaffRole role);
}
