package org.kitabruecke.ui;

import com.vaadin.flow.component.UI;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageChoice;

/**
 * Switches the language of an open page in place: texts (through {@code LocaleChangeObserver}), {@code <html lang>}
 * and {@code dir} (Arabic turns the whole page right to left), the remembered choice and a {@code ?lang=} in the
 * address bar. Nothing typed into a form is lost, because the page is not reloaded.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static void switchTo(UI ui, Language language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                document.documentElement.dir = $1;
                document.cookie = $2 + '=' + $0 + '; path=/; max-age=' + $3 + '; SameSite=Lax';
                const url = new URL(window.location.href);
                if (url.searchParams.has($4)) {
                  url.searchParams.set($4, $0);
                  history.replaceState(history.state, '', url);
                }""", language.code(), language.direction(), LanguageChoice.COOKIE, LanguageChoice.COOKIE_MAX_AGE_SECONDS,
                LanguageChoice.QUERY_PARAMETER);
    }
}
