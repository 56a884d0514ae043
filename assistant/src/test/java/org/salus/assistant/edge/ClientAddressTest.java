package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.1"));

    @ParameterizedTest(name = "{0} with X-Forwarded-For {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            203.0.113.5 | 1.2.3.4                | 203.0.113.5
            203.0.113.5 | -                      | 203.0.113.5
            10.1.2.3    | 198.51.100.7           | 198.51.100.7
            10.1.2.3    | 1.1.1.1, 198.51.100.7  | 198.51.100.7
            10.1.2.3    | 198.51.100.7, 10.9.9.9 | 198.51.100.7
            192.168.1.1 | 2001:db8::1            | 2001:db8::1
            10.1.2.3    | evil.example.org       | 10.1.2.3
            10.1.2.3    | 10.2.2.2               | 10.1.2.3
            """)
    void believesForwardedForOnlyFromTrustedProxies(String remote, String forwarded, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        assertThat(clients.of(request)).isEqualTo(client);
    }
}
