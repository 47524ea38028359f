package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every kind of answer the portal gives carries the browser's protections: pages, a flow step, the staff login, a
 * static file, "not found", the quick exit's {@code POST /leave} and Vaadin's own requests. Over real HTTP against the
 * production-mode build, as a browser or an attacker would see it (a failsafe test for the production bundle).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
class SecurityHeadersE2ETest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24,})'");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theParentsStartPageOnlyRunsScriptsThatCarryItsNonce() throws Exception {
        var response = get("/");
        assertProtected(response, true);
        assertOnlySignedScripts(response);
    }

    @Test
    void aFlowStepOnlyRunsScriptsThatCarryItsNonce() throws Exception {
        var response = get("/help/urgency?lang=ar");
        assertProtected(response, true);
        assertOnlySignedScripts(response);
    }

    @Test
    void theStaffLoginIsProtectedLikeEveryPage() throws Exception {
        var response = get("/login");
        assertProtected(response, true);
        assertOnlySignedScripts(response);
    }

    @Test
    void everyResponseHasANonceOfItsOwn() throws Exception {
        assertThat(nonce(get("/help"))).isNotEqualTo(nonce(get("/help")));
    }

    @Test
    void vaadinsStaticFilesCarryTheHeadersAndMayBeCached() throws Exception {
        Document start = Jsoup.parse(get("/").body());
        var script = start.select("script[data-src*=VAADIN/build], script[src*=VAADIN/build]").first();
        String client = script == null ? "" : script.hasAttr("src") ? script.attr("src") : script.attr("data-src");
        assertThat(client).as("the start page names Vaadin's client").isNotBlank();

        var response = send(HttpRequest.newBuilder(uri("/").resolve(client)).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertProtected(response, false);
        assertThat(response.headers().firstValue("Cache-Control")).as("a phone loads the client once")
                .hasValueSatisfying(cache -> assertThat(cache).doesNotContain("no-store"));
    }

    @Test
    void notFoundIsProtectedToo() throws Exception {
        var page = get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertProtected(page, true);
        assertOnlySignedScripts(page);

        var file = get("/VAADIN/build/no-such-file.js");
        assertThat(file.statusCode()).isEqualTo(404);
        assertProtected(file, true);
    }

    @Test
    void theQuickExitsAnswerIsProtectedToo() throws Exception {
        get("/help");
        var response = send(HttpRequest.newBuilder(uri("/leave")).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(204);
        assertProtected(response, true);
    }

    @Test
    void vaadinsRoundTripsAreProtectedToo() throws Exception {
        String page = get("/help").body();
        Matcher token = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page carries Vaadin's CSRF token").isTrue();
        String body = "{\"csrfToken\":\"" + token.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";

        var response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("Vaadin answered the round trip").contains("\"syncId\"");
        assertProtected(response, true);
    }

    private void assertProtected(HttpResponse<String> response, boolean mayShowPersonalData) {
        var headers = response.headers();
        String path = response.uri().getPath();
        assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                .containsPattern(NONCE)
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors 'none'", "connect-src 'self'", "img-src 'self' data:")
                .satisfies(policy -> assertThat(policy.replaceAll(".*script-src([^;]*).*", "$1"))
                        .as("script-src of %s", path).doesNotContain("'unsafe-inline'", "*", "data:")));
        assertThat(headers.firstValue("Permissions-Policy")).as(path)
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()",
                        "geolocation=()", "payment=()", "usb=()", "browsing-topics=()"));
        assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
        assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        assertThat(headers.allValues("Cross-Origin-Opener-Policy")).as(path).containsExactly("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        if (mayShowPersonalData) {
            assertThat(headers.allValues("Cache-Control")).as(path).containsExactly("no-store");
        }
    }

    /** Every script of the page carries the response's nonce, and no element has an inline event handler. */
    private static void assertOnlySignedScripts(HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).as("the page has scripts").isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce(response)));
        assertThat(page.getAllElements()).as("no inline event handlers (onclick=...): the policy blocks them")
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")));
    }

    private static String nonce(HttpResponse<String> response) {
        Matcher matcher = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.24:" + port + path);
    }
}
