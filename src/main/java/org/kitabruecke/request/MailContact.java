package org.kitabruecke.request;

import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;

/**
 * Where and in which language to write to a family; only for requests that gave an address and allow mail.
 *
 * @param language     the language the family asked to be contacted in
 * @param pageLanguage the language the family read the portal in: used if the portal cannot write the former
 */
public record MailContact(EmailAddress address, ContactLanguage language, String pageLanguage) {
}
