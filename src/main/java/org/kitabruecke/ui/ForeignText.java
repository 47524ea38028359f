package org.kitabruecke.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.kitabruecke.i18n.Bidi;
import org.kitabruecke.i18n.Language;

/**
 * A sentence in the page's language around a text written in another one: "Zugang: Erdgeschoss, stufenlos." inside a
 * Ukrainian page, where nobody has translated the directions yet. The inserted text is marked with its {@code lang}
 * and {@code dir}, so that a screen reader pronounces it as German and an Arabic page lays it out left to right.
 */
public final class ForeignText {

    /** Put this in the translated sentence where the text goes: {@code getTranslation(key, "text", ForeignText.PLACE)}. */
    public static final String PLACE = "\uE000";

    private ForeignText() {
    }

    /**
     * @param sentence the translated sentence with {@link #PLACE} where the text goes
     * @param language the code of the language {@code text} is written in
     */
    public static Paragraph paragraph(String sentence, String text, String language, Locale page) {
        int at = sentence.indexOf(PLACE);
        if (at < 0) {
            return new Paragraph(sentence);
        }
        var inserted = new Span(Language.of(language).isRightToLeft() ? Bidi.latinInBrackets(text) : text);
        if (!language.equalsIgnoreCase(page.toLanguageTag())) {
            inserted.getElement().setAttribute("lang", language);
            inserted.getElement().setAttribute("dir", Language.of(language).direction());
        }
        return new Paragraph(new Text(sentence.substring(0, at)), inserted,
                new Text(sentence.substring(at + PLACE.length())));
    }
}
