package org.salus.assistant.webchat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salus.assistant.modes.AnswerMode;
import org.salus.guardrails.decision.Action;

/**
 * One reader's verdict on one answer, stripped to what can be counted: the vote, the answer mode
 * and the safety action. It carries no text and nothing that identifies the message or the reader.
 */
public record FeedbackVote(Vote vote, String mode, String safetyAction) {

    /** Thumbs up or down. */
    public enum Vote { UP, DOWN }

    static final List<String> SAFETY_ACTIONS = Arrays.stream(Action.values()).map(Action::id).toList();

    /** The vote named by untrusted input, or empty when any part is not one of the known values. */
    static Optional<FeedbackVote> parse(String vote, String mode, String safetyAction) {
        Optional<Vote> parsedVote = switch (normalise(vote)) {
            case "up" -> Optional.of(Vote.UP);
            case "down" -> Optional.of(Vote.DOWN);
            default -> Optional.empty();
        };
        String parsedMode = normalise(mode);
        String parsedAction = normalise(safetyAction);
        if (parsedVote.isEmpty() || AnswerMode.byId(parsedMode).isEmpty()
                || !SAFETY_ACTIONS.contains(parsedAction)) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackVote(parsedVote.get(), parsedMode, parsedAction));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
