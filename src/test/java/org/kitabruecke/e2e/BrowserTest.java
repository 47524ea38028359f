package org.kitabruecke.e2e;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * End-to-end tests: the whole portal on a real port, in its production-mode build (the frontend bundle Maven built
 * in prepare-package), driven by a real headless Chromium. One browser per test class, one Spring context for all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    /** Every browser test sees the city on Tuesday, 1 December 2026, 10:30: open hours at 9–12 and 14–16. */
    static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 12, 1, 10, 30);

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://" + host() + ":" + port);
        if (!host().equals("localhost")) {
            browser.comeFrom(host());
        }
    }

    /**
     * The address the browser reaches the portal at, and comes from (see {@link Browser#comeFrom}). The portal lets
     * one connection send only a few requests and bookings an hour; a class that sends many comes from a loopback
     * address of its own, as another family would.
     */
    protected String host() {
        return "localhost";
    }

    @BeforeEach
    void newVisitor() {
        clock.setCityTime(TUESDAY_MORNING);
        browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browser.forgetEverything();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
