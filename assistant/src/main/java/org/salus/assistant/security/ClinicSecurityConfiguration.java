package org.salus.assistant.security;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The one security filter chain: it covers only the clinic endpoints (FHIR, CDS Hooks, Infobutton), which take an
 * OAuth2 bearer JWT or an API key; every other path (the web chat, its API, the SMART launch) is left untouched.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClinicSecurityProperties.class)
class ClinicSecurityConfiguration {

    static final String[] CLINIC_PATHS = {"/fhir/**", "/cds-services/**", "/infobutton"};

    @Bean
    SecurityFilterChain clinicSecurity(HttpSecurity http, ClinicSecurityProperties properties, JwtDecoder decoder,
                                       Environment environment) throws Exception {
        ApiKeys keys = ApiKeys.parse(environment.getProperty("SALUS_API_KEYS"));
        if (keys.plain() > 0) {
            LoggerFactory.getLogger(ClinicSecurityConfiguration.class).warn("SALUS_API_KEYS holds {} plain key(s), "
                    + "hashed as read and named key-N by position; store name:sha256-hex entries instead "
                    + "(docs/INTEGRATION.md)", keys.plain());
        }
        ClinicRefusals refusals = new ClinicRefusals();
        http.securityMatcher(CLINIC_PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(AbstractHttpConfigurer::disable)
                .addFilterBefore(cors(properties.cors().allowedOrigins()), LogoutFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll();
                    if (properties.allowAnonymousClinic()) {
                        a.anyRequest().permitAll();
                    } else {
                        a.anyRequest().authenticated();
                    }
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(refusals).accessDeniedHandler(refusals)
                        .jwt(j -> j.decoder(decoder)))
                .addFilterBefore(new ApiKeyFilter(keys), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    JwtDecoder clinicJwtDecoder(ClinicSecurityProperties properties, Environment environment) {
        ClinicSecurityProperties.Jwt jwt = properties.jwt();
        if (!jwt.configured()) {
            return token -> {
                throw new BadJwtException("No token issuer is configured (salus.security.jwt.issuer-uri)");
            };
        }
        if (!ClinicSecurityProperties.present(jwt.issuerUri())) {
            throw new IllegalStateException("salus.security.jwt.jwk-set-uri needs salus.security.jwt.issuer-uri: "
                    + "every token's issuer is checked");
        }
        if (jwt.audience().equals(environment.getProperty("salus.smart.client-id", "salus"))) {
            throw new IllegalStateException("salus.security.jwt.audience must differ from salus.smart.client-id, "
                    + "or a token issued to the launched web chat would open the clinic endpoints");
        }
        // The token type is checked by the validators below (access-token types only), not by Nimbus's JWT-only default.
        NimbusJwtDecoder decoder = ClinicSecurityProperties.present(jwt.jwkSetUri())
                ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).validateType(false).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).validateType(false).build();
        JwtTypeValidator accessTypes = new JwtTypeValidator("at+jwt", "application/at+jwt", "JWT");
        accessTypes.setAllowEmpty(true);
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(jwt.audience()));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(new JwtIssuerValidator(jwt.issuerUri()),
                accessTypes, audience, new AccessTokenValidator(jwt.requiredScopes()))));
        return decoder;
    }

    /** Spring Security's own CORS filter, placed where it would be, whose refusals are problem details. */
    private static CorsFilter cors(List<String> origins) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", ApiKeyFilter.HEADER));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : CLINIC_PATHS) {
            source.registerCorsConfiguration(path, config);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }
}
