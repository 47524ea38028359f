package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.kitabruecke.staff.SecondFactors;

/**
 * Setting up a second factor: the QR code (drawn by the app), the secret as text for typing by hand, and the first
 * code, which confirms that the app has it. Then the recovery codes, once ({@link RecoveryCodeList}).
 */
class EnrolmentForm extends Div {

    private final TextField code = new TextField();

    EnrolmentForm(SecondFactors factors, String username, Consumer<List<String>> confirmed) {
        addClassName("kb-enrolment");
        SecondFactors.Enrolment enrolment = factors.startEnrolment(username);
        var qr = new Div(new Html(enrolment.qrCodeSvg()));
        qr.setId("totp-qr");
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", getTranslation("staff.secondFactor.enrol.qr"));
        qr.setWidth("220px");
        var secretLabel = new Span(getTranslation("staff.secondFactor.enrol.secret"));
        var secret = new Span(enrolment.secretText());
        secret.setId("totp-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.2em").set("display", "block")
                .set("direction", "ltr").set("unicode-bidi", "isolate");
        code.setId("enrolment-code");
        code.setLabel(getTranslation("staff.secondFactor.code.label"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        var confirm = new Button(getTranslation("staff.secondFactor.confirm"));
        confirm.setId("enrolment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> factors.confirmEnrolment(username, enrolment, code.getValue())
                .ifPresentOrElse(confirmed, () -> {
                    code.setErrorMessage(getTranslation("staff.secondFactor.code.wrong"));
                    code.setInvalid(true);
                }));
        add(new Paragraph(getTranslation("staff.secondFactor.enrol.intro")), qr, new Paragraph(secretLabel, secret),
                code, new Div(confirm));
    }
}
