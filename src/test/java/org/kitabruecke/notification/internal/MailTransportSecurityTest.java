package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A relay reached over TLS must show a certificate for its own name: without the check, anyone between the portal and
 * the relay could present any valid certificate and read the families' mails. What the mail sender really uses is
 * its session, so that is where the setting is looked for.
 */
@IntegrationTest
class MailTransportSecurityTest {

    @Autowired
    JavaMailSender sender;

    @Test
    void theRelaysCertificateMustNameTheRelay() {
        var session = ((JavaMailSenderImpl) sender).getSession();

        assertThat(session.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
    }

    @Test
    void tlsIsSwitchedOnByConfigurationOnlyWhereTheRelayOffersIt() {
        var session = ((JavaMailSenderImpl) sender).getSession();

        assertThat(session.getProperty("mail.smtp.starttls.required")).as("the test relay speaks plain SMTP")
                .isEqualTo("false");
        assertThat(session.getProperty("mail.smtp.ssl.enable")).isEqualTo("false");
    }
}
