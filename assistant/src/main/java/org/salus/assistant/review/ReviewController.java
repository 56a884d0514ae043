package org.salus.assistant.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.salus.assistant.audit.AdminGuard;
import org.salus.assistant.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer page's API, for the operator only (the admin bearer token): the queue, one document, a decision. */
@RestController
class ReviewController {

    private final AdminGuard guard;
    private final ReviewDesk desk;
    private final ReviewProperties properties;

    ReviewController(AdminGuard guard, ReviewDesk desk, ReviewProperties properties) {
        this.guard = guard;
        this.desk = desk;
        this.properties = properties;
    }

    /** A decision as the page sends it; {@code version} is the version the reviewer read. */
    record DecisionBody(String id, String decision, String reviewer, String note, String expiresOn, String version) {}

    @GetMapping("/api/review/queue")
    ReviewViews.Queue queue(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                            @RequestParam(required = false) Integer days) {
        guard.check(authorization);
        int window = days == null ? properties.expiringWithinDays() : days;
        if (window < 1 || window > 3650) {
            throw new ApiException(400, "Bad request", "'days' must be between 1 and 3650.");
        }
        return desk.queue(window);
    }

    @GetMapping("/api/review/document")
    ReviewViews.Document document(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam String id) {
        guard.check(authorization);
        return desk.show(id).orElseThrow(() -> unknown());
    }

    @PostMapping("/api/review/decisions")
    ReviewViews.Decided decide(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                               @RequestBody DecisionBody body) {
        guard.check(authorization);
        Decision decision = Decision.parse(body.decision());
        if (decision == null) {
            throw new ApiException(400, "Bad request", "'decision' must be approve, request-changes or retire.");
        }
        var request = new DecisionRequest(decision, body.reviewer(), body.note(), date(body.expiresOn()), body.version());
        return switch (desk.decide(body.id(), request)) {
            case ReviewViews.Decided d -> d;
            case ReviewViews.Unknown u -> throw unknown();
            case ReviewViews.Rejected r -> throw new ApiException(400, "Bad request", r.why());
            case ReviewViews.Stale s -> throw new ApiException(409, "Conflict",
                    "The document changed since you opened it; open it again to review the current version.");
        };
    }

    private static ApiException unknown() {
        return new ApiException(404, "Not Found", "No document with this id in the serving collection.");
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "Bad request", "'expiresOn' must be a date, YYYY-MM-DD.");
        }
    }
}
