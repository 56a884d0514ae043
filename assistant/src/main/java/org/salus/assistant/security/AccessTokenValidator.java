package org.salus.assistant.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only access tokens: an OpenID Connect ID token (what a SMART launch hands the browser) carries no scope and
 * must not open the clinic endpoints. A token needs a {@code scope} (or {@code scp}) claim holding every required scope
 * and must not call itself an ID token; its header type is checked alongside ({@code at+jwt} or {@code JWT}).
 */
final class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    private final List<String> requiredScopes;

    AccessTokenValidator(List<String> requiredScopes) {
        this.requiredScopes = List.copyOf(requiredScopes);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if ("id".equalsIgnoreCase(token.getClaimAsString("typ"))) {
            return failure("An ID token is not an access token.");
        }
        Collection<String> scopes = scopes(token);
        if (scopes == null) {
            return failure("The token carries no scope, so it is not an access token.");
        }
        if (!scopes.containsAll(requiredScopes)) {
            return failure("The token lacks a required scope.");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static Collection<String> scopes(Jwt token) {
        Object scope = token.getClaims().get("scope");
        if (scope == null) {
            scope = token.getClaims().get("scp");
        }
        return switch (scope) {
            case String s -> List.of(s.trim().split("\\s+"));
            case Collection<?> c -> c.stream().map(Object::toString).toList();
            case null, default -> null;
        };
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
    }
}
