package org.kitabruecke.directory;

/** A district of the city, by its id and name. */
public record DistrictEntry(long id, String name) {
}
