package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void forbidsInlineScriptAndStyleAndThirdPartyOrigins() throws Exception {
        String csp = get("/").getHeader("Content-Security-Policy");

        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    }

    @Test
    void sendsNoReferrerAndTurnsOffDeviceFeatures() throws Exception {
        MockHttpServletResponse response = get("/index.html");

        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void allowsTheMicrophoneToThePageItselfOnlyWhenVoiceInputIsConfigured() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(true).doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        assertThat(response.getHeader("Permissions-Policy")).contains("microphone=(self)", "camera=()", "geolocation=()")
                .doesNotContain("microphone=()");
        assertThat(get("/").getHeader("Permissions-Policy")).contains("microphone=()");
    }

    @Test
    void leavesCachingOfThePageAloneButNotOfApiReplies() throws Exception {
        assertThat(get("/css/salus.css").getHeader("Cache-Control")).isNull();
        assertThat(get("/api/chat").getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void asksForHttpsOnlyWhenServedOverTls() throws Exception {
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/");
        secure.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(secure, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(get("/").getHeader("Strict-Transport-Security")).isNull();
    }
}
