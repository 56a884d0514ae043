package org.salus.assistant.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.assistant.privacy.PrivacyProperties;
import org.salus.assistant.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operator-only access to the audit trail: export a time range, purge now, rotate the session key. */
@RestController
class AdminController {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int MAX_ROWS = 100_000;

    private final AdminGuard guard;
    private final AuditWriter writer;
    private final Retention retention;
    private final SessionKeys keys;
    private final PrivacyProperties properties;

    AdminController(AdminGuard guard, AuditWriter writer, Retention retention, SessionKeys keys, PrivacyProperties properties) {
        this.guard = guard;
        this.writer = writer;
        this.retention = retention;
        this.keys = keys;
        this.properties = properties;
    }

    @GetMapping("/api/admin/audit")
    ResponseEntity<?> export(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(defaultValue = "json") String format,
                             @RequestParam(defaultValue = "10000") int limit) {
        guard.check(authorization);
        Instant start = instant(from, Instant.EPOCH, "from");
        Instant end = instant(to, Instant.now().plusSeconds(1), "to");
        int rows = Math.clamp(limit, 1, MAX_ROWS);
        List<AuditRecord> records = writer.afterPending(audit -> audit.export(start, end, rows), WAIT);
        return switch (format) {
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"salus-audit.csv\"")
                    .body(AuditCsv.write(records));
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("records", records,
                    "images", writer.afterPending(audit -> audit.exportImages(start, end, rows), WAIT),
                    "reviewDecisions", writer.afterPending(audit -> audit.exportReviewDecisions(start, end, rows), WAIT)));
            default -> throw new ApiException(400, "Bad request", "'format' must be json or csv.");
        };
    }

    @PostMapping("/api/admin/purge")
    Map<String, Object> purge(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @RequestParam(required = false) String before) {
        guard.check(authorization);
        Instant cutoff = instant(before, Instant.now().minus(properties.retention()), "before");
        AuditLog.Purged purged = retention.purge(cutoff);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cutoff", purged.cutoff().toString());
        body.put("auditRecordsDeleted", purged.turns());
        body.put("transcriptsDeleted", purged.transcripts());
        body.put("imageRecordsDeleted", purged.images());
        return body;
    }

    @PostMapping("/api/admin/rotate-key")
    Map<String, Object> rotate(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        guard.check(authorization);
        SessionKeys.Key key = keys.rotate();
        return Map.of("keyId", key.id(), "created", key.created().toString(), "keysHeld", keys.ids().size());
    }

    private static Instant instant(String value, Instant fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "Bad request", "'" + name + "' must be an ISO-8601 date or instant.");
        }
    }
}
