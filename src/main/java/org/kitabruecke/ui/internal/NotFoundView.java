package org.kitabruecke.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;

/**
 * A mistyped or outdated address (a flyer, a QR code) and, in production, a page the visitor may not open: said
 * in the visitor's language, with the way back. Vaadin reports denied pages as "not found" on purpose, so that
 * nobody learns which staff pages exist.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, PrerenderedPage {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("kb-not-found");
        var back = Links.inApp("");
        back.setText(getTranslation("notFound.back"));
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Paragraph(back));
        event.getUI().getPage().setTitle(getTranslation("layout.pageTitle", "page", getTranslation("notFound.title")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
