package org.kitabruecke.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests: the whole portal on a real port, in its production-mode build (the frontend bundle Maven built
 * in prepare-package), driven by a real headless Chromium. One browser per test class, one Spring context for all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @BeforeEach
    void newVisitor() {
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
