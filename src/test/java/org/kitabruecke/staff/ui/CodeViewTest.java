package org.kitabruecke.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.staff.internal.PendingSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The code step keeps a right password only for a while: an unattended page does not sign anyone in later. */
@IntegrationTest
@CityTime("2026-12-08T09:00")
class CodeViewTest extends SpringBrowserlessTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 8, 9, 0);

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aPasswordGivenMinutesAgoStillWaitsForItsCode() {
        waitingPassword(MORNING.minusMinutes(9));
        navigate(CodeView.class);
        assertThat(getCurrentView()).isInstanceOf(CodeView.class);
        assertThat(pending()).isNotNull();
    }

    @Test
    void aPasswordLeftWaitingTooLongIsForgottenAndTheLoginSaysTheSessionExpired() {
        waitingPassword(MORNING.minusMinutes(11));
        navigate("login/code", LoginView.class);
        assertThat(pending()).as("the password must be given again").isNull();
    }

    private void waitingPassword(LocalDateTime given) {
        var password = UsernamePasswordAuthenticationToken.authenticated("sozial2", null,
                List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER")));
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                new PendingSignIn(password, given.atZone(TestClock.CITY).toInstant(), "/staff"));
    }

    private Object pending() {
        return VaadinSession.getCurrent().getSession().getAttribute(PendingSignIn.ATTRIBUTE);
    }
}
