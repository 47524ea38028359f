package org.kitabruecke.privacy;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the privacy notice ({@code /privacy}, GDPR Art. 13) names that differs from city to city: who is responsible,
 * the data-protection officer, the supervisory authority, and the date of the notice
 * ({@code kitabruecke.privacy.*}, {@code KITABRUECKE_PRIVACY_*}). The demo defaults are fictional except the
 * authority, the real one for North Rhine-Westphalia.
 */
@ConfigurationProperties("kitabruecke.privacy")
public record PrivacyNotice(Controller controller, Officer dpo, Authority authority, LocalDate updated) {

    /** The controller (Verantwortlicher, Art. 4 No. 7 GDPR): the youth office of the city. */
    public record Controller(String name, String address, String phone, String email) {
    }

    /** The city's data-protection officer (Art. 37 GDPR): a role, reached by e-mail and phone. */
    public record Officer(String name, String email, String phone) {
    }

    /** The supervisory authority a family may complain to (Art. 77 GDPR); its web address is shown, not linked. */
    public record Authority(String name, String address, String web) {
    }
}
