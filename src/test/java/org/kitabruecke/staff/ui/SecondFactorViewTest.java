package org.kitabruecke.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.AuthenticatorApp;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.staff.SecondFactors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The staff page of the second factor: setting one up, and an admin resetting someone's lost factor. */
@IntegrationTest
@CityTime("2026-12-03T09:00")
class SecondFactorViewTest extends SpringBrowserlessTest {

    private static final String ACCOUNT = "totp-view";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecondFactors factors;

    @Autowired
    TestClock clock;

    @BeforeEach
    void accountWithoutFactor() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        jdbc.update("INSERT IGNORE INTO staff_account (username, password_hash, display_name, role) "
                + "VALUES (?, 'x', 'Ansicht Test', 'SOCIAL_WORKER')", ACCOUNT);
    }

    @AfterEach
    void noFactorLeft() {
        jdbc.update("DELETE FROM staff_recovery_code WHERE account_id = (SELECT id FROM staff_account WHERE username = ?)",
                ACCOUNT);
        jdbc.update("DELETE FROM staff_second_factor WHERE account_id = (SELECT id FROM staff_account WHERE username = ?)",
                ACCOUNT);
    }

    @Test
    @WithMockUser(username = ACCOUNT, roles = "SOCIAL_WORKER")
    void aSocialWorkerSetsUpTheFactorWithTheKeyShownAndSeesTenRecoveryCodesOnce() {
        navigate(SecondFactorView.class);
        test($view(Button.class).id("second-factor-set-up")).click();
        var app = new AuthenticatorApp($view(Span.class).id("totp-secret").getText());

        test($view(TextField.class).id("enrolment-code")).setValue("000000".equals(app.codeAt(clock.instant()))
                ? "111111" : "000000");
        test($view(Button.class).id("enrolment-confirm")).click();
        assertThat($view(TextField.class).id("enrolment-code").getErrorMessage()).contains("stimmt nicht");

        test($view(TextField.class).id("enrolment-code")).setValue(app.codeAt(clock.instant()));
        test($view(Button.class).id("enrolment-confirm")).click();
        assertThat($view(OrderedList.class).id("recovery-codes").getChildren()
                .filter(ListItem.class::isInstance)).hasSize(10);
        assertThat(factors.status(ACCOUNT).enrolled()).isTrue();
        assertThat($view(Button.class).all()).noneMatch(button -> "second-factor-reset".equals(button.getId()
                .orElse("")));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminResetsALostFactorAfterConfirmingWhoseItIs() {
        var enrolment = factors.startEnrolment(ACCOUNT);
        factors.confirmEnrolment(ACCOUNT, enrolment,
                new AuthenticatorApp(enrolment.secretText()).codeAt(clock.instant())).orElseThrow();
        navigate(SecondFactorView.class);

        test($view(TextField.class).id("reset-account")).setValue(ACCOUNT);
        test($view(Button.class).id("second-factor-reset")).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).first();
        assertThat(dialog.getElement().getProperty("message")).contains(ACCOUNT);
        test(dialog).confirm();

        assertThat(factors.status(ACCOUNT).enrolled()).isFalse();
        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = ? AND detail = ?", String.class,
                AuditAction.FACTOR_RESET.name(), ACCOUNT)).contains("admin");
    }
}
