package org.kitabruecke.directory;

/** A Kita social worker as the admin picks her or him for a Kita. */
public record SocialWorkerEntry(long id, String name) {
}
