package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.staff.SecondFactors;
import org.kitabruecke.staff.SecondFactors.CodeCheck;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.staff.internal.PendingSignIn;
import org.kitabruecke.ui.PublicLayout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The step after a right password, for an account that owes its second factor: the code from the app (or a recovery
 * code), or, for an account that must have a factor and has none, setting one up. Same look as the login page. Only
 * a session with a right password gets here; a reload or Back keeps it, as the password step lives in the session.
 * A password left waiting longer than {@code kitabruecke.staff.second-factor.step-timeout} is forgotten: whoever
 * finds the unattended page later must give it again.
 */
@Route(value = "login/code", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet(Lumo.STYLESHEET)
public class CodeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactors factors;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration stepTimeout;
    private final H1 title = new H1();
    private @Nullable PendingSignIn pending;

    CodeView(SecondFactors factors, AuthenticationContext authentication, Clock clock,
             ApplicationEventPublisher events,
             @Value("${kitabruecke.staff.second-factor.step-timeout:PT10M}") Duration stepTimeout) {
        this.factors = factors;
        this.stepTimeout = stepTimeout;
        this.authentication = authentication;
        this.clock = clock;
        this.events = events;
        addClassName("kb-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = SignInSession.pending().orElse(null);
        if (pending == null) {
            event.forwardTo(authentication.isAuthenticated()
                    ? StaffRole.homePath(role -> authentication.hasRole(role.name())) : "login");
            return;
        }
        if (stale(pending)) {
            SignInSession.abandon();
            event.forwardTo("login", QueryParameters.simple(Map.of("expired", "")));
            return;
        }
        removeAll();
        if (factors.status(pending.username()).enrolled()) {
            showCodeStep(pending);
        } else {
            showEnrolment(pending);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", title.getText());
    }

    private void showCodeStep(PendingSignIn signIn) {
        title.setText(getTranslation("staff.secondFactor.code.title"));
        var code = new TextField(getTranslation("staff.secondFactor.code.label"));
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        var confirm = new Button(getTranslation("staff.secondFactor.confirm"));
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> {
            if (stale(signIn)) {
                SignInSession.abandon();
                UI.getCurrent().getPage().setLocation("/login?expired");
                return;
            }
            switch (factors.check(signIn.username(), code.getValue(), SignInSession.address())) {
                case CodeCheck.Accepted accepted -> signIn(signIn);
                case CodeCheck.RecoveryCodeUsed used -> signIn(signIn);
                case CodeCheck.Wrong wrong -> {
                    code.setErrorMessage(getTranslation("staff.secondFactor.code.wrong"));
                    code.setInvalid(true);
                }
                case CodeCheck.Locked locked -> {
                    SignInSession.abandon();
                    UI.getCurrent().getPage().setLocation("/login?locked");
                }
            }
        });
        add(title, new Paragraph(getTranslation("staff.secondFactor.code.intro")), code, new Div(confirm), cancel());
    }

    private boolean stale(PendingSignIn signIn) {
        return clock.instant().isAfter(signIn.since().plus(stepTimeout));
    }

    private void showEnrolment(PendingSignIn signIn) {
        title.setText(getTranslation("staff.secondFactor.enrol.title"));
        add(title, new EnrolmentForm(factors, signIn.username(), codes -> showRecoveryCodes(signIn, codes)),
                cancel());
    }

    private void showRecoveryCodes(PendingSignIn signIn, List<String> codes) {
        String home = SignInSession.complete(signIn, clock, events);
        removeAll();
        title.setText(getTranslation("staff.secondFactor.title"));
        var next = new Button(getTranslation("staff.secondFactor.continue"),
                click -> UI.getCurrent().getPage().setLocation(home));
        next.setId("second-factor-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new RecoveryCodeList(codes), next);
    }

    private void signIn(PendingSignIn signIn) {
        UI.getCurrent().getPage().setLocation(SignInSession.complete(signIn, clock, events));
    }

    private Button cancel() {
        var cancel = new Button(getTranslation("staff.secondFactor.cancel"), click -> {
            SignInSession.abandon();
            UI.getCurrent().getPage().setLocation("/login");
        });
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
