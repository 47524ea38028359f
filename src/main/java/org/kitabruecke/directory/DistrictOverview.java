package org.kitabruecke.directory;

/** A district of the city with the number of Kitas in it and of social workers responsible for them. */
public record DistrictOverview(String name, long kitas, long socialWorkers) {
}
