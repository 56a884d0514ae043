package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.decision.InputAssessment;

/** Ensures a turn the input chain answered with a fixed reply (a refusal, crisis support) gets exactly that reply. */
public final class ReplyHoldsPolicy implements OutputPolicy {

    @Override
    public String id() {
        return "fixed-reply-holds";
    }

    @Override
    public OutputVerdict review(InputAssessment input, String answer, TurnFacts facts) {
        if (input.replyText().isEmpty() || answer.strip().equals(input.replyText().get().strip())) {
            return OutputVerdict.KEEP;
        }
        return new OutputVerdict.Replace(input.replyText().get(), "composed text replaced by the fixed reply",
                List.of());
    }
}
