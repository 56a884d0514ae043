package org.salus.assistant.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the clinic endpoints: the JWT issuer and audience, whether anonymous calls are allowed, and the
 * browser origins CORS lets in.
 */
@ConfigurationProperties("salus.security")
public record ClinicSecurityProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue("false") boolean allowAnonymousClinic,
        @DefaultValue Cors cors) {

    /**
     * The trusted token issuer (its keys discovered from {@code issuer-uri} unless {@code jwk-set-uri} is given; the
     * issuer is checked either way), the audience tokens must name (by default not the SMART client id, so a token
     * issued to the launched web chat is no key to the clinic endpoints) and the scopes every token must carry.
     */
    public record Jwt(String issuerUri, String jwkSetUri, @DefaultValue("salus-api") String audience,
                      @DefaultValue List<String> requiredScopes) {

        boolean configured() {
            return present(issuerUri) || present(jwkSetUri);
        }
    }

    /** Origins allowed to call the clinic endpoints from a browser; none by default. */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
