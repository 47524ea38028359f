package org.kitabruecke.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KitaRepository extends JpaRepository<Kita, Long> {

    @Query("SELECT k FROM Kita k JOIN FETCH k.district")
    List<Kita> findAllWithDistrict();
}
