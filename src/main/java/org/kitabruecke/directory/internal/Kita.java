package org.kitabruecke.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A daycare centre (Kita) with the address parents know it by. */
@Entity
@Table(name = "kita")
public class Kita {

    public static final int NAME_MAX = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(nullable = false, length = 160)
    private String street = "";

    @Column(nullable = false, length = 5, columnDefinition = "char(5)")
    private String postcode = "";

    @Column(nullable = false, length = 80)
    private String city = "";

    @Column(length = 40)
    private @Nullable String phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private @Nullable District district;

    @Version
    private int version;

    protected Kita() {
    }

    public String name() {
        return name;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    public District district() {
        return Objects.requireNonNull(district, "every Kita lies in a district");
    }
}
