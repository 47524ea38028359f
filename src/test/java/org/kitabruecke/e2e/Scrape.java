package org.kitabruecke.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Prometheus reads from the management port: the text format, one sample per line. */
final class Scrape {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape of(int managementPort) throws Exception {
        return new Scrape(get("http://127.0.0.1:" + managementPort + "/actuator/prometheus").body());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String text() {
        return text;
    }

    /**
     * The value of the sample with this name whose labels include these ({@code channel="parent"}); 0 if there is
     * none. Throws if several match: a test names the series it means.
     */
    double value(String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        Matcher sample = line.matcher(text);
        Double found = null;
        while (sample.find()) {
            String given = sample.group(1) == null ? "" : sample.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= given.contains(label);
            }
            if (matches) {
                if (found != null) {
                    throw new IllegalArgumentException("Several samples of " + name + " match "
                            + String.join(",", labels));
                }
                found = Double.parseDouble(sample.group(2));
            }
        }
        return found == null ? 0 : found;
    }

    boolean has(String name) {
        return Pattern.compile("^" + Pattern.quote(name) + "[{ ]", Pattern.MULTILINE).matcher(text).find();
    }
}
