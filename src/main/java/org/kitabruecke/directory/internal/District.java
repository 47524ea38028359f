package org.kitabruecke.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the city's districts (Stadtbezirke); Kitas and social workers are organised by them. */
@Entity
@Table(name = "district")
public class District {

    @Id
    private long id;

    @Column(nullable = false, length = 80)
    private String name = "";

    protected District() {
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
