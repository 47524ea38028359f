package org.kitabruecke.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** HSTS only where it means something: a browser that reached the portal over HTTPS (behind the city's proxy). */
class SecurityHeadersTest {

    @Test
    void aBrowserOnHttpsIsToldToComeBackOnlyOverHttps() throws Exception {
        var request = new MockHttpServletRequest("GET", "/help");
        request.setSecure(true);
        var response = new MockHttpServletResponse();

        new SecurityHeaders().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void plainHttpGetsNoHsts() throws Exception {
        var response = new MockHttpServletResponse();

        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/help"), response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
}
