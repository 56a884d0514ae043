package org.salus.guardrails.decision;

import java.util.List;
import java.util.Optional;

/**
 * An optional model-based safety classifier (e.g. Llama Guard) consulted after the local layers found nothing;
 * an empty result or an exception means "unavailable" and the local layers' decision stands.
 */
@FunctionalInterface
public interface LlmSafetyClassifier {

    Optional<Verdict> classify(String text);

    /** A classifier's answer: whether the text is unsafe and the categories it named (our ids where mapped). */
    record Verdict(boolean unsafe, List<String> categories) {
        public Verdict {
            categories = List.copyOf(categories);
        }
    }
}
