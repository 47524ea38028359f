package org.kitabruecke.request;

/**
 * Where and in which language to write to a family; only for requests that gave an address and allow mail.
 *
 * @param language     the language the family asked to be contacted in
 * @param pageLanguage the language the family read the portal in: used if the portal cannot write the former
 */
public record MailContact(String address, String language, String pageLanguage) {
}
