package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    @Test
    void refusesPastTheBudgetWithRetryAfter() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(properties(true));
        assertThat(status(filter, "/api/search")).isEqualTo(200);
        assertThat(status(filter, "/api/search")).isEqualTo(200);
        MockHttpServletResponse refused = call(filter, "/api/chat");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void leavesTheWebPagesAlone() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(properties(true));
        for (int i = 0; i < 5; i++) {
            assertThat(status(filter, "/index.html")).isEqualTo(200);
        }
    }

    @Test
    void turnedOffLetsEverythingThrough() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(properties(false));
        for (int i = 0; i < 5; i++) {
            assertThat(status(filter, "/api/search")).isEqualTo(200);
        }
    }

    private static RateLimitProperties properties(boolean enabled) {
        return new RateLimitProperties(enabled, 2, Duration.ofMinutes(1), 1, List.of(), 100);
    }

    private static int status(RateLimitFilter filter, String path) throws Exception {
        return call(filter, path).getStatus();
    }

    private static MockHttpServletResponse call(RateLimitFilter filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr("203.0.113.9");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
