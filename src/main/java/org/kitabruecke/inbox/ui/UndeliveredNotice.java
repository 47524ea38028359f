package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.notification.ParkedMail;
import org.kitabruecke.notification.UndeliveredMail;

/**
 * On a request's page: the mails to the family that could not be delivered ("Bestätigung konnte nicht zugestellt
 * werden"), how often and until when they were tried, and for admins a button to send one once more. Shown until the
 * mail has gone out; empty and hidden when every mail went out.
 */
class UndeliveredNotice extends Composite<Div> {

    private final UndeliveredMail mails;
    private final Waiting waiting;
    private final Clock clock;
    private final boolean admin;

    UndeliveredNotice(UndeliveredMail mails, Waiting waiting, Clock clock, boolean admin) {
        this.mails = mails;
        this.waiting = waiting;
        this.clock = clock;
        this.admin = admin;
        getContent().setId("request-mail-undelivered");
        getContent().addClassName("kb-mail-undelivered");
        getContent().getElement().setAttribute("role", "status");
    }

    void show(long requestId, Locale locale) {
        getContent().removeAll();
        List<ParkedMail> parked = mails.ofRequest(requestId);
        getContent().setVisible(!parked.isEmpty());
        for (ParkedMail mail : parked) {
            var marker = new Paragraph(getTranslation("staff.mail.undelivered", "kind", mail.kind().name()));
            marker.addClassName("kb-mail-undelivered-marker");
            var detail = new Paragraph(getTranslation("staff.mail.undelivered.detail", "attempts", mail.attempts(),
                    "when", waiting.describe(mail.parkedAt(), clock.instant(), locale)));
            detail.addClassName("kb-field-hint");
            var item = new Div(marker, detail);
            if (mail.retrying()) {
                item.add(new Paragraph(getTranslation("staff.mail.retrying")));
            } else if (admin) {
                var retry = new Button(getTranslation("staff.mail.retry"), click -> {
                    mails.retry(mail.id());
                    show(requestId, locale);
                });
                retry.setId("request-mail-retry-" + mail.id());
                item.add(retry);
            }
            getContent().add(item);
        }
    }
}
