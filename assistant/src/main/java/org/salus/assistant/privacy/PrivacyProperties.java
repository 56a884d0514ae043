package org.salus.assistant.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What Salus keeps about chat turns and for how long: the operator's privacy settings, with defaults that keep
 * only content-free audit records for 30 days and no transcripts.
 *
 * @param retention how long audit records (and opted-in transcripts) are kept
 * @param purgeInterval how often expired records are deleted
 * @param storeTranscripts whether redacted transcripts are kept at all
 * @param adminToken operator credential for {@code /api/admin/**}; falls back to {@code SALUS_ADMIN_TOKEN}; none disables them
 * @param keyRotation when set, the session-hash key is replaced once it is this old
 * @param queueCapacity audit records waiting to be written before new ones are dropped (and counted)
 */
@Validated
@ConfigurationProperties("salus.privacy")
public record PrivacyProperties(
        @NotNull @DefaultValue("P30D") Duration retention,
        @NotNull @DefaultValue("PT1H") Duration purgeInterval,
        @DefaultValue("false") boolean storeTranscripts,
        String adminToken,
        Duration keyRotation,
        @Min(16) @Max(1_000_000) @DefaultValue("10000") int queueCapacity) {}
