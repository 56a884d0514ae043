package org.salus.assistant.webchat;

import org.salus.assistant.modes.AnswerMode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Receives the web chat's thumbs up/down: counts it and keeps nothing else. */
@RestController
class FeedbackController {

    private final FeedbackTally tally;

    FeedbackController(FeedbackTally tally) {
        this.tally = tally;
    }

    @PostMapping(path = "/api/feedback", consumes = "application/json")
    ResponseEntity<?> vote(@RequestBody FeedbackRequest request) {
        return FeedbackVote.parse(request.vote(), request.mode(), request.safetyAction())
                .<ResponseEntity<?>>map(vote -> {
                    tally.record(vote);
                    return ResponseEntity.noContent().build();
                })
                .orElseGet(() -> ResponseEntity.badRequest().body(invalid()));
    }

    private static ProblemDetail invalid() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "vote must be up or down; mode one of " + AnswerMode.ids()
                        + "; safetyAction one of " + FeedbackVote.SAFETY_ACTIONS);
        problem.setTitle("Invalid feedback");
        return problem;
    }

    /** The JSON body; any other field is ignored. */
    record FeedbackRequest(String vote, String mode, String safetyAction) {
    }
}
