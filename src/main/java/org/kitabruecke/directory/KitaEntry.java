package org.kitabruecke.directory;

/** A Kita as parents look it up: name, address and district. */
public record KitaEntry(long id, String name, String street, String postcode, String city,
                        long districtId, String districtName) {
}
