package org.salus.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Absolute links come from the configured public base URL, whatever Host header a caller sends. */
class PublicUrlsTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void requestWithHost(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cds-services/patient-education");
        request.setServerName(host);
        request.setServerPort(80);
        request.addHeader("Host", host);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aConfiguredBaseIgnoresAForgedHost() {
        requestWithHost("attacker.example");
        PublicUrls urls = new PublicUrls("https://salus.clinic.example/");
        assertThat(urls.to("/launch")).isEqualTo("https://salus.clinic.example/launch");
        assertThat(urls.to("/infobutton")).isEqualTo("https://salus.clinic.example/infobutton");
    }

    @Test
    void withoutOneTheRequestDecides() {
        requestWithHost("localhost");
        assertThat(new PublicUrls("").to("/launch")).isEqualTo("http://localhost/launch");
    }

    @Test
    void refusesABaseThatIsNotAnOrigin() {
        assertThatThrownBy(() -> new PublicUrls("salus.clinic.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrls("https://salus.clinic.example/?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrls("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }
}
