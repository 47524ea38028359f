package org.kitabruecke.ui.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Chooses the language when a visitor arrives and writes it into the first HTML the browser receives
 * ({@code <html lang="ar" dir="rtl">}), so that the very first paint is already in the right direction.
 */
@Component
class LanguageOnArrival implements VaadinServiceInitListener {

    private final LanguageChoice choice;
    private final Translations translations;

    LanguageOnArrival(LanguageChoice choice, Translations translations) {
        this.choice = choice;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(choose(request).locale());
            }
        });
        event.addIndexHtmlRequestListener(response -> {
            Language language = response.getUI()
                    .map(ui -> translations.languageOf(ui.getLocale()))
                    .orElseGet(() -> choose(response.getVaadinRequest()));
            response.getDocument().getElementsByTag("html").first()
                    .attr("lang", language.code())
                    .attr("dir", language.direction());
            if (response.getVaadinRequest().getParameter(LanguageChoice.QUERY_PARAMETER) != null) {
                remember(response.getVaadinResponse(), language);
            }
        });
    }

    /** A language chosen by link (flyer, picker without client) is remembered like one chosen in place. */
    private static void remember(VaadinResponse response, Language language) {
        var cookie = new Cookie(LanguageChoice.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(LanguageChoice.COOKIE_MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private Language choose(VaadinRequest request) {
        return choice.choose(request.getParameter(LanguageChoice.QUERY_PARAMETER),
                cookie(request.getCookies()), request.getHeader("Accept-Language"));
    }

    private static @Nullable String cookie(Cookie @Nullable [] cookies) {
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(c -> LanguageChoice.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }
}
