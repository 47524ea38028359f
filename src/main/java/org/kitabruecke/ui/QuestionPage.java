package org.kitabruecke.ui;

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
import java.util.Optional;

/**
 * One page of a question flow for parents (asking for help, booking), GOV.UK style: a back link, "Step 2 of 7", one
 * question, a button to go on. Opening a later page before the earlier ones were answered leads to the first open
 * one. Coming from the check page ({@code ?change}), the button leads back there.
 *
 * <p>Each page arrives as finished HTML; Vaadin's client loads when the parent first touches it, and what was
 * ticked or typed before it was there is carried over (see {@link PrerenderedPage}).
 */
public abstract class QuestionPage extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    public static final String CHANGE = "change";

    protected final H1 question = new H1();
    protected final Paragraph hint = new Paragraph();
    protected final NativeButton next = new NativeButton();
    private final Anchor back = Links.pageLoad("");
    private final Paragraph progress = new Paragraph();
    private final Div content = new Div();
    private boolean changing;

    /** @param idPrefix prefix of the ids of back link, question, hint and button, e.g. {@code help-next} */
    protected QuestionPage(String idPrefix) {
        addClassNames("kb-help", "kb-form");
        back.addClassName("kb-back");
        back.setId(idPrefix + "-back");
        progress.addClassName("kb-progress");
        question.setId(idPrefix + "-question");
        hint.addClassName("kb-lead");
        hint.setId(idPrefix + "-hint");
        next.addClassName("kb-button");
        next.setId(idPrefix + "-next");
        next.addClickListener(click -> proceed());
        content.addClassName("kb-help-content");
        add(back, progress, content, next);
    }

    /** The page's own content; the question heading and hint are placed by each page (often inside a legend). */
    protected void setContent(Component... components) {
        content.removeAll();
        content.add(components);
    }

    /** The key of the question, also the page title. */
    protected abstract String titleKey();

    /** "Step 2 of 7", or what stands above the question instead. */
    protected abstract String progressText();

    /** The first earlier page still unanswered, if any: opening this page leads there instead. */
    protected abstract Optional<String> firstOpenEarlierPage();

    /** Where "back" leads ({@code "."} is the start page). */
    protected abstract String previousPage();

    protected abstract String nextPage();

    /** The page with all answers, where "change" links come from. */
    protected abstract String checkPage();

    protected abstract boolean allAnswered();

    /** Remembers that this page has been answered. */
    protected abstract void markAnswered();

    /** Checks the answers of this page, shows messages at the fields, and keeps valid answers in the draft. */
    protected abstract boolean save();

    /** Puts the draft's answers into the fields, on every arrival. */
    protected abstract void showDraft();

    /** Sets every text of the page's own fields in the current language. */
    protected abstract void translate(Locale locale);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var open = firstOpenEarlierPage();
        if (open.isPresent()) {
            event.forwardTo(open.get());
            return;
        }
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE) && allAnswered();
        back.setHref(changing ? checkPage() : previousPage());
        showDraft();
        updateTexts(event.getUI().getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        updateTexts(event.getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void updateTexts(Locale locale) {
        back.setText(getTranslation("flow.back"));
        progress.setText(progressText());
        question.setText(getTranslation(titleKey()));
        next.setText(getTranslation(changing ? "flow.returnToCheck" : "flow.next"));
        translate(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation(titleKey()));
    }

    protected void proceed() {
        if (save()) {
            markAnswered();
            getUI().ifPresent(ui -> Links.load(ui, changing ? checkPage() : nextPage()));
        }
    }
}
