package org.kitabruecke.ui;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Comparator;
import java.util.List;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.i18n.Translations;

/**
 * Every language in its own name and script ("Türkçe", "العربية", "دری"), so a parent finds theirs without reading
 * German: the current one first, the others sorted by their own names, in two columns that fit a small phone.
 * Each entry is a real link ({@code ?lang=xx}) that also works without JavaScript; with it, the page switches in
 * place and keeps what was typed.
 */
public class LanguagePicker extends Composite<NativeDetails> implements LocaleChangeObserver {

    private final Translations translations;
    private final Span current = new Span();
    private final Span hint = new Span();
    private final UnorderedList list = new UnorderedList();
    private final List<ListItem> sorted;

    public LanguagePicker(Translations translations) {
        this.translations = translations;
        NativeDetails details = getContent();
        details.addClassName("kb-lang");
        hint.addClassName("kb-visually-hidden");
        details.setSummary(Icons.icon(Icons.GLOBE), hint, current);
        details.getSummary().addClassName("kb-lang-summary");
        details.setContent(list);
        // by their own names: Latin, Cyrillic and Arabic scripts each together, as a parent scans for theirs
        Collator byName = Collator.getInstance(ULocale.ROOT);
        sorted = translations.languages().stream()
                .sorted(Comparator.comparing(translations::nativeName, byName::compare))
                .map(this::entry).toList();
        sorted.forEach(list::add);
    }

    /**
     * Points every language link at the page being shown ({@code help?lang=tr}); links are resolved against
     * Vaadin's {@code <base href>}, so a bare {@code ?lang=tr} would lead to the start page.
     */
    public void showLinksFor(String path) {
        list.getChildren().forEach(item -> item.getChildren().findFirst().ifPresent(link -> link.getElement()
                .setAttribute("href", path + "?" + LanguageChoice.QUERY_PARAMETER + "="
                        + link.getElement().getAttribute("data-lang"))));
    }

    private ListItem entry(Language language) {
        var link = new Anchor("?" + LanguageChoice.QUERY_PARAMETER + "=" + language.code(),
                translations.nativeName(language));
        link.getElement().setAttribute("lang", language.code());
        link.getElement().setAttribute("hreflang", language.code());
        link.getElement().setAttribute("dir", language.direction());
        link.getElement().setAttribute("data-lang", language.code());
        link.getElement().addEventListener("click", click -> {
            getContent().setOpen(false);
            getUI().ifPresent(ui -> PageLanguage.switchTo(ui, language));
        }).preventDefault();
        return new ListItem(link);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = translations.languageOf(event.getLocale());
        current.setText(translations.nativeName(language));
        hint.setText(getTranslation("layout.language.choose") + ": ");
        list.removeAll();
        sorted.forEach(item -> item.getChildren().findFirst().ifPresent(link -> {
            boolean selected = language.code().equals(link.getElement().getAttribute("data-lang"));
            if (selected) {
                link.getElement().setAttribute("aria-current", "true");
                list.addComponentAsFirst(item); // the current language on top, across the whole width
            } else {
                link.getElement().removeAttribute("aria-current");
                list.add(item);
            }
        }));
    }
}
