package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.server.VaadinSession;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.staff.internal.DirectoryAccountNotSetUp;
import org.springframework.security.web.WebAttributes;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.ComponentTexts;

/** Login for staff of the youth office and the Kitas. Parents never need it. */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet(Lumo.STYLESHEET)
public class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph passwordSet = new Paragraph();
    private @Nullable String problem;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("kb-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        passwordSet.setId("login-password-set");
        passwordSet.getElement().setAttribute("role", "status");
        passwordSet.setVisible(false);
        // the page's own h1 says what this is; the form's title would be a second main heading (CSS hides it, its
        // text still names the form's region)
        form.addClassName(ComponentTexts.TITLED_BY_PAGE);
        add(title, passwordSet, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignInSession.pending().isPresent()) {
            // the password was right, the code is still missing (also when a staff page sent the session here)
            event.forwardTo(CodeView.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo(StaffRole.homePath(role -> authentication.hasRole(role.name())));
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        problem = parameters.containsKey("locked") ? "login.error.locked"
                : parameters.containsKey("expired") ? "login.error.expired"
                : parameters.containsKey("error") ? failure() : null;
        form.setError(problem != null);
        // after a password was set through a link (SetPasswordView)
        passwordSet.setVisible(problem == null && parameters.containsKey("passwordSet"));
    }

    /**
     * What the last failed login of this browser was: Spring Security keeps its exception in the session. A person
     * the city's directory accepted, whom the portal has no role or Kita for yet, is told so, not "wrong password".
     */
    private static String failure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof DirectoryAccountNotSetUp ? "login.error.notSetUp" : "login.error.message";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("login.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("login.title"));
        passwordSet.setText(getTranslation("login.passwordSet"));
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(problem == null ? "login.error.message" : problem));
        error.setUsername(getTranslation("login.error.usernameMissing"));
        error.setPassword(getTranslation("login.error.passwordMissing"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        ComponentTexts.passwordReveal(form);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }
}
