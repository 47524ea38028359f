package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * The default run as a city trying the portal starts it: the built jar with profile {@code demo}, unpacked in a folder
 * under /tmp, stopped and started again while a parent is in the middle of asking for help (after answering some
 * steps, and while typing the message), and again after the request was sent. No answer given and nothing typed is
 * lost, and the request, its status lookup and its code and PIN stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultRunRestartE2ETest {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private Path home;
    private int port;
    private Process portal;
    private int starts;
    private Browser browser;

    @BeforeAll
    void startPortal() throws Exception {
        home = Files.createTempDirectory("kitabruecke-default-run");
        port = freePort();
        start();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopPortal() throws Exception {
        if (browser != null) {
            browser.close();
        }
        stop();
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void aRestartMidFlowLosesNoAnswerAndASentRequestOutlivesTheNextRestart() throws Exception {
        var help = new HelpRequestPage(browser).open("ar");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");

        restart();
        browser.driver().navigate().refresh();
        help.waitForHeading("help.children.question");
        assertThat(path()).isEqualTo("/help/children");
        browser.driver().navigate().back();
        help.waitForHeading("help.urgency.question");
        assertThat(help.isChosen("help.urgency.SOON")).as("an answer given before the restart").isTrue();
        browser.driver().navigate().back();
        help.waitForHeading("help.topics.question");
        assertThat(help.isChosen("help.topic.MONEY")).as("the first answer too").isTrue();
        browser.driver().navigate().forward();
        help.waitForHeading("help.urgency.question");
        help.goOnTo("help.children.question");

        String words = "نحتاج إلى مساعدة في رسالة من مركز العمل";
        help.addChild(2).goOnTo("help.kita.question").goOnTo("help.contact.question")
                .enter("help-phone", "0151 2345 6789").choose("help.contact.interpreter.no")
                .goOnTo("help.safety.question").goOnTo("help.message.question")
                .enter("help-message", words);
        // typed, not yet sent on with "next": the parent switches to another app, the portal is redeployed meanwhile
        browser.script("document.getElementById('help-message').blur()");
        browser.waitUntilServerHasAll();

        restart();
        browser.driver().navigate().refresh();
        help.waitForHeading("help.message.question");
        assertThat(help.valueOf("help-message")).as("words typed before the restart").isEqualTo(words);
        help.goOnTo("help.check.title").agreeAndSend();
        String code = help.referenceCode();
        String pin = help.pin();

        restart();
        String state = new StatusPage(browser).open("?lang=ar").lookUp(code, pin);
        assertThat(state).isEqualTo(help.text("status.result.RECEIVED"));
    }

    private void restart() throws Exception {
        stop();
        start();
    }

    private void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of("target", "kitabruecke.jar").toAbsolutePath();
        assertThat(jar).as("built by 'package' before the end-to-end tests").exists();
        starts++;
        portal = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--spring.profiles.active=demo",
                "--server.port=" + port, "--management.server.port=" + freePort(), "--spring.mail.port=" + freePort(),
                "--kitabruecke.quick-exit-url=/livez"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("portal-" + starts + ".log").toFile())
                .start();
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/livez")).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            assertThat(portal.isAlive()).as("the portal is running; see " + home).isTrue();
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The portal did not start within " + START_LIMIT + "; see " + home);
    }

    private void stop() throws InterruptedException {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            if (!portal.waitFor(90, TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor();
            }
        }
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
