package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.kitabruecke.staff.LinkState;
import org.kitabruecke.staff.PasswordLinks;
import org.kitabruecke.staff.PasswordResult;
import org.kitabruecke.staff.PasswordRules;
import org.kitabruecke.ui.PublicLayout;

/**
 * {@code /set-password?token=…}: the link from the set-password mail (or the first admin's console). The owner of
 * the account chooses a password; then the login. A used, expired or replaced link says so and whom to ask. The
 * token stays out of logs and of the Referer header (Referrer-Policy: no-referrer on every page, ui/internal).
 */
@Route(value = "set-password", layout = PublicLayout.class)
@AnonymousAllowed
class SetPasswordView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PasswordLinks links;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final NewPasswordFields fields;
    private final Button save = new Button();
    private final Div form = new Div();
    private String token = "";
    private String username = "";
    private LinkState state = LinkState.UNKNOWN;

    SetPasswordView(PasswordLinks links, PasswordRules rules) {
        this.links = links;
        this.fields = new NewPasswordFields(rules);
        addClassName("kb-set-password");
        intro.setId("set-password-intro");
        problem.setId("set-password-problem");
        problem.getElement().setAttribute("role", "alert");
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        form.add(intro, fields.password, fields.repeated, save);
        add(title, problem, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst().orElse("");
        state = links.state(token);
        username = links.username(token).orElse("");
        showState();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("setPassword.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("setPassword.title"));
        fields.localize();
        save.setText(getTranslation("password.save"));
        showState();
    }

    private void showState() {
        form.setVisible(state == LinkState.VALID);
        problem.setVisible(state != LinkState.VALID);
        problem.setText(getTranslation("setPassword.link", "state", state.name()));
        intro.setText(getTranslation("setPassword.intro", "username", username));
    }

    private void save() {
        fields.clearProblems();
        switch (links.setPassword(token, fields.password.getValue(), fields.repeated.getValue())) {
            case PasswordResult.Done done -> getUI().ifPresent(ui -> ui.navigate("login",
                    QueryParameters.simple(java.util.Map.of("passwordSet", ""))));
            case PasswordResult.Refused refused -> fields.show(refused.problem());
            case PasswordResult.LinkNotValid notValid -> {
                state = notValid.state();
                showState();
            }
            case PasswordResult.WrongCurrent wrong -> throw new IllegalStateException("No current password here");
        }
    }
}
