package org.salus.assistant.security;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who called, as the audit trail records it: {@code key:NAME} for an API key (its name, never the key) and
 * {@code client:ID} for a bearer token (the OAuth2 client, never the user's subject); empty when anonymous.
 */
public final class Callers {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:@/-]{1,80}");

    private Callers() {
    }

    /** The caller of the request this thread is serving. */
    public static Optional<String> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String caller = switch (auth) {
            case ApiKeyFilter.KeyAuthentication key -> "key:" + key.keyName();
            case JwtAuthenticationToken jwt -> "client:" + Optional.ofNullable(jwt.getToken().getClaimAsString("client_id"))
                    .or(() -> Optional.ofNullable(jwt.getToken().getClaimAsString("azp"))).orElse("unnamed");
            case null, default -> null;
        };
        return Optional.ofNullable(caller).filter(c -> CODE.matcher(c).matches());
    }
}
