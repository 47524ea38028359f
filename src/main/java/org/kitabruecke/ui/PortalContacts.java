package org.kitabruecke.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Phone numbers every page may show: the team's office line and the youth office's emergency service. Set per city
 * ({@code KITABRUECKE_CONTACTS_TEAM_PHONE}, {@code KITABRUECKE_CONTACTS_EMERGENCY_PHONE}); the defaults are
 * fictional demo numbers.
 */
@ConfigurationProperties("kitabruecke.contacts")
public record PortalContacts(String teamPhone, String emergencyPhone) {
}
