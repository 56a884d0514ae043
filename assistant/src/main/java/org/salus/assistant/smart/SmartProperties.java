package org.salus.assistant.smart;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMART App Launch settings: the client id registered with the EHR, the FHIR servers ({@code iss}) allowed to
 * launch Salus (none by default, so launch is off), the scopes asked for and an optional fixed redirect URI.
 */
@ConfigurationProperties("salus.smart")
public record SmartProperties(
        @DefaultValue("salus") String clientId,
        @DefaultValue List<String> allowedIssuers,
        @DefaultValue("launch openid fhirUser patient/Patient.rs") String scope,
        String redirectUri) {

    boolean allows(String iss) {
        String wanted = trim(iss);
        return wanted != null && allowedIssuers.stream().map(SmartProperties::trim).anyMatch(wanted::equals);
    }

    static String trim(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
