package org.salus.guardrails.redaction;

import java.util.List;

/** One kind of identifier finder; implementations are stateless and thread-safe. */
interface Detector {

    /** Adds every span this detector finds in {@code text} to {@code out}. */
    void detect(String text, List<Span> out);

    /** Whether capitals are read as a sign of a name: such detectors see capital-only lines lowered. */
    default boolean readsCapitals() {
        return false;
    }

    /** Adds every span found in the text of {@code view}; detectors that need to know where case means nothing override this. */
    default void detect(CaseView view, List<Span> out) {
        detect(readsCapitals() ? view.lowered() : view.text(), out);
    }
}
