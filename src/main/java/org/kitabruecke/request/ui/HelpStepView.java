package org.kitabruecke.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;

/**
 * One page of the help request, GOV.UK style: a back link, "Step 2 of 7", one question, a button to go on. Opening
 * a later page before the earlier ones were answered leads to the first open one. Coming from the check page
 * ({@code ?change}), the button leads back there.
 *
 * <p>Each page arrives as finished HTML; Vaadin's client loads when the parent first touches it, and what was
 * ticked or typed before it was there is carried over (see {@link PrerenderedPage}).
 */
abstract class HelpStepView extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    static final String CHANGE = "change";

    protected final HelpDraft draft;
    protected final HelpStep step;
    protected final H1 question = new H1();
    protected final Paragraph hint = new Paragraph();
    private final Anchor back = Links.inApp("");
    private final Paragraph progress = new Paragraph();
    private final Div content = new Div();
    protected final NativeButton next = new NativeButton();
    private boolean changing;

    protected HelpStepView(HelpStep step, HelpDraft draft) {
        this.step = step;
        this.draft = draft;
        addClassNames("kb-help", "kb-form");
        back.addClassName("kb-back");
        back.setId("help-back");
        progress.addClassName("kb-progress");
        question.setId("help-question");
        hint.addClassName("kb-lead");
        hint.setId("help-hint");
        next.addClassName("kb-button");
        next.setId("help-next");
        next.addClickListener(click -> proceed());
        content.addClassName("kb-help-content");
        add(back, progress, content, next);
    }

    /** The page's own content; the question heading and hint are placed by each page (often inside a legend). */
    protected void setContent(Component... components) {
        content.removeAll();
        content.add(components);
    }

    /** Checks the answers of this page, shows messages at the fields, and keeps valid answers in the draft. */
    protected abstract boolean save();

    /** Puts the draft's answers into the fields, on every arrival. */
    protected abstract void showDraft();

    /** Sets every text of the page's own fields in the current language. */
    protected abstract void translate(Locale locale);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var open = draft.firstOpenBefore(step);
        if (open.isPresent()) {
            event.forwardTo(open.get().path());
            return;
        }
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE)
                && draft.allAnswered();
        back.setHref(changing ? HelpStep.CHECK.path() : step.previous().map(HelpStep::path).orElse("."));
        showDraft();
        updateTexts(event.getUI().getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        updateTexts(event.getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void updateTexts(Locale locale) {
        back.setText(getTranslation("help.back"));
        progress.setText(step == HelpStep.CHECK ? getTranslation("help.title")
                : getTranslation("help.progress", "step", step.number(), "total", HelpStep.QUESTIONS));
        question.setText(getTranslation(step.titleKey()));
        next.setText(getTranslation(changing ? "help.returnToCheck" : "help.next"));
        translate(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation(step.titleKey()));
    }

    protected void proceed() {
        if (save()) {
            draft.answered(step);
            getUI().ifPresent(ui -> ui.navigate(changing ? HelpStep.CHECK.path() : step.next().path()));
        }
    }
}
