package org.kitabruecke.contact;

/**
 * Where a place is: street with number, postcode, city. Shown the same way everywhere — on pages, in mails and in
 * calendar files — so that a parent recognises it.
 */
public record PostalAddress(String street, String postcode, String city) {

    /** {@code Westring 12, 44787 Bochum}. */
    public String oneLine() {
        return street + ", " + town();
    }

    /** Street above postcode and city, where a list has room for two lines. */
    public String onTwoLines() {
        return street + "\n" + town();
    }

    private String town() {
        return postcode + " " + city;
    }
}
