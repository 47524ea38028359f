package org.kitabruecke.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Phone numbers every page may show: the team's office line, the youth office's emergency service, and the national
 * helplines for parents and for women facing violence. Set per city ({@code KITABRUECKE_TEAM_PHONE},
 * {@code KITABRUECKE_EMERGENCY_PHONE}, {@code KITABRUECKE_PARENT_HELPLINE}, {@code KITABRUECKE_VIOLENCE_HELPLINE});
 * the team and emergency defaults are fictional demo numbers.
 */
@ConfigurationProperties("kitabruecke.contacts")
public record PortalContacts(String teamPhone, String emergencyPhone, String parentHelpline,
                             String violenceHelpline) {
}
