package org.salus.guardrails.policy;

import java.util.ArrayList;
import java.util.List;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.OutputAssessment;
import org.salus.guardrails.decision.SafetyDecision;

/**
 * Runs the output policies in order over a composed answer; a replacement stops the chain and becomes the deciding
 * policy, prepends accumulate.
 */
public final class OutputChain {

    private final List<OutputPolicy> policies;
    private final String version;

    public OutputChain(List<OutputPolicy> policies, String version) {
        this.policies = List.copyOf(policies);
        this.version = version;
    }

    public OutputAssessment review(InputAssessment input, String composed, TurnFacts facts) {
        String answer = composed == null ? "" : composed;
        SafetyDecision decision = input.decision();
        List<String> notes = new ArrayList<>();
        for (OutputPolicy policy : policies) {
            switch (policy.review(input, answer, facts)) {
                case OutputVerdict.Keep keep -> { }
                case OutputVerdict.Prepend prepend -> {
                    answer = prepend.text() + "\n\n" + answer;
                    notes.add(prepend.note());
                }
                case OutputVerdict.Replace replace -> {
                    List<String> categories = new ArrayList<>(decision.categories());
                    replace.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
                    notes.add(replace.note());
                    return new OutputAssessment(new SafetyDecision(decision.action(), decision.urgency(), categories,
                            policy.id() + "@" + version), replace.answer(), notes);
                }
            }
        }
        return new OutputAssessment(decision, answer, notes);
    }
}
