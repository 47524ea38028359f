package org.kitabruecke.request;

/** Where and in which language to write to a family; only for requests that gave an address and allow mail. */
public record MailContact(String address, String language) {
}
