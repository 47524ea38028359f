package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import org.kitabruecke.staff.SecondFactors;
import org.kitabruecke.staff.SecondFactors.CodeCheck;
import org.kitabruecke.staff.StaffAccounts;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffMember;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /staff/second-factor}: every staff member sets up a second factor, sets it up anew or makes new recovery
 * codes; the latter two only with a current code, so that an open, unattended session cannot take the factor over.
 * Admins find here the reset of someone else's lost factor, until the accounts page carries it.
 */
@Route(value = "staff/second-factor", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.KITA_STAFF, StaffRole.Names.ADMIN})
class SecondFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactors factors;
    private final StaffAccounts accounts;
    private final Div content = new Div();

    SecondFactorView(SecondFactors factors, StaffAccounts accounts) {
        this.factors = factors;
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffMember me = accounts.current().orElseThrow();
        add(new H1(getTranslation("staff.secondFactor.title")), content);
        showStatus(me.username());
        if (me.role() == StaffRole.ADMIN) {
            var account = new TextField(getTranslation("login.username"));
            account.setId("reset-account");
            add(new H2(getTranslation("staff.secondFactor.reset")), account,
                    new Div(new SecondFactorResetButton(factors, account::getValue)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.secondFactor.title"));
    }

    private void showStatus(String username) {
        content.removeAll();
        SecondFactors.Status status = factors.status(username);
        if (!status.enrolled()) {
            content.add(new Paragraph(getTranslation("staff.secondFactor.status.off")),
                    button("second-factor-set-up", "staff.secondFactor.setUp", click -> enrol(username)));
            return;
        }
        var code = new TextField(getTranslation("staff.secondFactor.current"));
        code.setId("current-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Consumer<Runnable> withCode = action -> {
            switch (factors.check(username, code.getValue(), SignInSession.address())) {
                case CodeCheck.Accepted accepted -> action.run();
                case CodeCheck.RecoveryCodeUsed used -> action.run();
                case CodeCheck.Wrong wrong -> refuse(code, "staff.secondFactor.code.wrong");
                case CodeCheck.Locked locked -> refuse(code, "login.error.locked");
            }
        };
        content.add(new Paragraph(getTranslation("staff.secondFactor.status.on", "count",
                        status.recoveryCodesLeft())), code,
                new Div(button("second-factor-renew", "staff.secondFactor.renew",
                                click -> withCode.accept(() -> enrol(username))),
                        button("second-factor-new-recovery", "staff.secondFactor.newRecovery",
                                click -> withCode.accept(() -> showCodes(factors.newRecoveryCodes(username))))));
    }

    private void enrol(String username) {
        content.removeAll();
        content.add(new EnrolmentForm(factors, username, this::showCodes));
    }

    private void showCodes(List<String> codes) {
        content.removeAll();
        content.add(new RecoveryCodeList(codes));
    }

    private void refuse(TextField code, String key) {
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
    }

    private Button button(String id, String key, ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button(getTranslation(key), listener);
        button.setId(id);
        return button;
    }
}
