package org.salus.assistant.edge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client request budgets on the public endpoints, on by default. A client is its IP address; behind a reverse
 * proxy listed in {@code trustedProxies}, the address that proxy saw (from {@code X-Forwarded-For}).
 *
 * @param enabled off with {@code salus.rate-limit.enabled=false} (environment {@code SALUS_RATELIMIT_ENABLED=false})
 * @param requests requests one client may make per {@code period}, all at once or spread out
 * @param period the window over which {@code requests} refills
 * @param sessionErasures {@code DELETE /api/sessions/{id}} calls one client may make per {@code period}
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param maxClients clients tracked at once; the least recently seen is forgotten first
 */
@Validated
@ConfigurationProperties("salus.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @Max(1_000_000) @DefaultValue("120") int requests,
        @NotNull @DefaultValue("PT1M") Duration period,
        @Min(1) @Max(1_000_000) @DefaultValue("10") int sessionErasures,
        @NotNull @DefaultValue List<String> trustedProxies,
        @Min(100) @Max(10_000_000) @DefaultValue("100000") int maxClients) {

    public RateLimitProperties {
        if (period != null && (period.isNegative() || period.isZero() || period.toDays() > 1)) {
            throw new IllegalArgumentException("salus.rate-limit.period must be positive and at most one day");
        }
        if (trustedProxies != null) {
            trustedProxies = List.copyOf(trustedProxies);
            for (String proxy : trustedProxies) {
                if (!ClientAddress.isIpLiteral(proxy.replaceFirst("/\\d{1,3}$", ""))) {
                    throw new IllegalArgumentException("salus.rate-limit.trusted-proxies must be IP addresses or CIDR ranges");
                }
                new IpAddressMatcher(proxy);
            }
        }
    }
}
