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
import org.kitabruecke.directory.KitaDetails;
import org.springframework.dao.OptimisticLockingFailureException;

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

    /** A new Kita from checked details (see {@link KitaDetails#problems()}). */
    public static Kita create(KitaDetails details, District district) {
        var kita = new Kita();
        kita.take(details, district);
        return kita;
    }

    /** Takes the admin's changes, unless somebody else changed the Kita since the form was opened. */
    public void change(KitaDetails details, District district) {
        if (details.version() != version) {
            throw new OptimisticLockingFailureException("Kita " + id + " was changed meanwhile");
        }
        take(details, district);
    }

    private void take(KitaDetails details, District district) {
        if (!details.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid Kita: " + details.problems());
        }
        name = details.name();
        street = details.street();
        postcode = details.postcode();
        city = details.city();
        phone = details.phone();
        this.district = district;
    }

    /** The details as the admin form shows them. */
    public KitaDetails details() {
        return new KitaDetails(id, name, street, postcode, city, phone, district().id(), version);
    }

    /** Whether an import line would change anything. */
    public boolean sameAs(KitaDetails details) {
        return name.equals(details.name()) && street.equals(details.street()) && postcode.equals(details.postcode())
                && city.equals(details.city()) && Objects.equals(phone, details.phone())
                && details.districtId() != null && district().id() == details.districtId();
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
