package org.kitabruecke.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.ui.Focus;
import org.kitabruecke.ui.PortalContacts;

/**
 * What Kita staff hand over after forwarding: reference code and PIN. The PIN is stored only as a hash, so this is
 * the one moment it exists in clear: the receipt takes the place of the form, gets the focus, and stays until "next
 * family" starts a clean form. Below the note for the staff, a slip for the family in the family's language, which
 * is all that prints.
 */
class KitaReceipt extends Composite<Section> implements LocaleChangeObserver {

    static final String TITLE_ID = "forward-receipt-title";

    private final Translations translations;
    private final PortalContacts contacts;
    private final String statusUrl;
    private final Runnable nextFamily;
    private @Nullable Shown shown;

    /** What the receipt shows while the page is open, and nowhere else. */
    private record Shown(Receipt receipt, boolean mailed, Language family) {
    }

    KitaReceipt(Translations translations, PortalContacts contacts, String statusUrl, Runnable nextFamily) {
        this.translations = translations;
        this.contacts = contacts;
        this.statusUrl = statusUrl;
        this.nextFamily = nextFamily;
        getContent().setId("forward-receipt");
        getContent().addClassName("kb-receipt");
        getContent().getElement().setAttribute("aria-labelledby", TITLE_ID);
    }

    /**
     * Shows code and PIN where the eyes are: scrolled into view, focus on its heading, read out by a screen reader.
     * The receipt must be in the page by now.
     */
    void show(Receipt receipt, boolean mailed, Language family) {
        shown = new Shown(receipt, mailed, family);
        render(getLocale());
        getContent().getElement().executeJs("this.scrollIntoView({block: 'start'})");
        Focus.moveInto(this, "#" + TITLE_ID);
    }

    /** Forgets code and PIN; the page takes the receipt out. */
    void clear() {
        shown = null;
        getContent().removeAll();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shown != null) {
            render(event.getLocale());
        }
    }

    private void render(Locale locale) {
        Shown what = Objects.requireNonNull(shown);
        var title = new H2(getTranslation("kita.forward.sent"));
        title.setId(TITLE_ID);
        title.getElement().setAttribute("tabindex", "-1");
        var note = new Div(title, new Paragraph(getTranslation("kita.forward.handOver",
                "mail", what.mailed() ? "yes" : "no")),
                new Paragraph(getTranslation("kita.forward.slip.caption",
                        "language", LanguageNames.inSentence(what.family().code(), locale))));
        note.addClassName("kb-no-print");
        var print = new Button(getTranslation("kita.forward.print"),
                click -> getElement().executeJs("window.print()"));
        print.setId("forward-print");
        var next = new Button(getTranslation("kita.forward.next"), click -> nextFamily.run());
        next.setId("forward-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(print, next);
        buttons.addClassNames("kb-staff-controls", "kb-no-print");
        getContent().removeAll();
        getContent().add(note, slip(what), buttons);
    }

    /** For the family to take home, in their language and script: code, PIN, where to look up the state. */
    private Div slip(Shown what) {
        Locale family = what.family().locale();
        var slip = new Div(new H3(text(family, "kita.forward.slip.title", Map.of())),
                value(text(family, "help.sent.code", Map.of()), what.receipt().code().value(), "forward-code"),
                value(text(family, "help.sent.pin", Map.of()), what.receipt().pin().digits(), "forward-pin"),
                new Paragraph(text(family, "kita.forward.slip.status", Map.of("statusUrl", statusUrl,
                        "phone", Formats.phoneNumber(contacts.teamPhone())))));
        slip.setId("forward-slip");
        slip.addClassName("kb-slip");
        slip.getElement().setAttribute("lang", what.family().code());
        slip.getElement().setAttribute("dir", what.family().direction());
        return slip;
    }

    private String text(Locale locale, String key, Map<String, ?> arguments) {
        return translations.format(locale, key, arguments);
    }

    private static Div value(String label, String value, String id) {
        var labelText = new Span(label);
        labelText.addClassName("kb-code-label");
        var shown = new Span(value);
        shown.setId(id);
        shown.addClassName("kb-code");
        shown.getElement().setAttribute("dir", "ltr");
        var block = new Div(labelText, shown);
        block.addClassName("kb-code-block");
        return block;
    }
}
