package org.salus.guardrails.policy;

import java.util.List;
import java.util.Optional;
import org.salus.guardrails.decision.LlmSafetyClassifier;
import org.salus.guardrails.decision.Urgency;

/**
 * Asks the optional model classifier about turns the local layers passed; when it fails or is silent the local
 * decision stands, so its outage never blocks an answer or an escalation.
 */
public final class LlmClassifierPolicy implements InputPolicy {

    private final LlmSafetyClassifier classifier;

    public LlmClassifierPolicy(LlmSafetyClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public String id() {
        return "llm-classifier";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        Optional<LlmSafetyClassifier.Verdict> verdict;
        try {
            verdict = classifier.classify(facts.turn().message());
        } catch (RuntimeException e) {
            return Verdict.PASS;
        }
        if (verdict == null || verdict.isEmpty() || !verdict.get().unsafe()) {
            return Verdict.PASS;
        }
        List<String> categories = verdict.get().categories().isEmpty() ? List.of("unsafe_content")
                : verdict.get().categories();
        if (categories.contains("self_harm_crisis")) {
            return new Verdict.Escalate(Urgency.URGENT, categories, "crisisLead", true, "");
        }
        return new Verdict.Refuse(categories, "refusal");
    }
}
