package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff login form as a browser sends it, without a browser: the page's CSRF token, then the form's POST. From
 * the operators' tests' own loopback address (as the city's proxy reports it), so that their failures never lock
 * out other test classes' logins from 127.0.0.1.
 */
final class LoginOverHttp {

    static final String ADDRESS = "127.0.0.37";

    private LoginOverHttp() {
    }

    /** Logs in with these credentials; where the portal sends the browser next ("/login?error", "/login?locked"). */
    static String attempt(String baseUrl, String name, String password) throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("X-Forwarded-For", ADDRESS).build(), HttpResponse.BodyHandlers.ofString()).body();
        // the token is in the page's head, and in the cookie from which Vaadin's script fills in the form
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        String token = meta.find() ? meta.group(1) : cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElse(null);
        assertThat(token).as("the login page carries its CSRF token").isNotNull();
        String form = "username=" + encoded(name) + "&password=" + encoded(password) + "&_csrf=" + encoded(token);
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", ADDRESS)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("sent on after the login").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
