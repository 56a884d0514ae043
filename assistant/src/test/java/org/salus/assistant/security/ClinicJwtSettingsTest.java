package org.salus.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Token settings that would let the wrong tokens in stop the start, with the setting named. */
class ClinicJwtSettingsTest {

    private final ClinicSecurityConfiguration configuration = new ClinicSecurityConfiguration();

    private static ClinicSecurityProperties jwt(String issuer, String jwks, String audience) {
        return new ClinicSecurityProperties(new ClinicSecurityProperties.Jwt(issuer, jwks, audience, List.of()), false,
                new ClinicSecurityProperties.Cors(List.of()));
    }

    @Test
    void aKeySetWithoutAnIssuerIsRefused() {
        assertThatThrownBy(() -> configuration.clinicJwtDecoder(jwt(null, "https://idp.example.org/jwks", "salus-api"),
                new MockEnvironment())).hasMessageContaining("issuer-uri");
    }

    @Test
    void theSmartClientIdIsNoAudience() {
        assertThatThrownBy(() -> configuration.clinicJwtDecoder(jwt("https://idp.example.org",
                "https://idp.example.org/jwks", "salus"), new MockEnvironment())).hasMessageContaining("client-id");
        assertThatThrownBy(() -> configuration.clinicJwtDecoder(jwt("https://idp.example.org",
                "https://idp.example.org/jwks", "chat-app"), new MockEnvironment()
                .withProperty("salus.smart.client-id", "chat-app"))).hasMessageContaining("client-id");
    }

    @Test
    void theDefaultAudienceIsNotTheDefaultClientId() {
        var defaults = new org.springframework.boot.context.properties.bind.Binder(
                org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(
                        new MockEnvironment().getPropertySources()))
                .bindOrCreate("salus.security", ClinicSecurityProperties.class);
        assertThat(defaults.jwt().audience()).isEqualTo("salus-api");
        assertThat(configuration.clinicJwtDecoder(jwt("https://idp.example.org", "https://idp.example.org/jwks",
                defaults.jwt().audience()), new MockEnvironment())).isNotNull();
    }
}
