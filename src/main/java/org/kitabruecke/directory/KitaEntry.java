package org.kitabruecke.directory;

import org.kitabruecke.contact.PostalAddress;

/** A Kita as parents look it up: name, address and district. */
public record KitaEntry(long id, String name, String street, String postcode, String city,
                        long districtId, String districtName) {

    /** Street, postcode and city, for showing the address. */
    public PostalAddress address() {
        return new PostalAddress(street, postcode, city);
    }
}
