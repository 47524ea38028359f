package org.kitabruecke.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KitaRepository extends JpaRepository<Kita, Long> {
}
