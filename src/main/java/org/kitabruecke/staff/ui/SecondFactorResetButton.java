package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Supplier;
import org.kitabruecke.staff.SecondFactors;

/**
 * For admins: removes an account's lost second factor, after a confirmation that names the account. The account
 * sets up a new factor at its next sign-in. For the accounts page: {@code new SecondFactorResetButton(factors,
 * () -> username)}. Audited by {@link SecondFactors#reset}, which also refuses anyone but an admin.
 */
public class SecondFactorResetButton extends Button {

    public SecondFactorResetButton(SecondFactors factors, Supplier<String> account) {
        super();
        setText(getTranslation("staff.secondFactor.reset"));
        setId("second-factor-reset");
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        addClickListener(click -> {
            String username = account.get().strip();
            if (username.isEmpty()) {
                return;
            }
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("staff.secondFactor.reset"));
            dialog.setText(getTranslation("staff.secondFactor.reset.question", "name", username));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("admin.cancel"));
            dialog.setConfirmText(getTranslation("staff.secondFactor.reset"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                factors.reset(username);
                Notification.show(getTranslation("staff.secondFactor.reset.done", "name", username));
            });
            dialog.open();
        });
    }
}
