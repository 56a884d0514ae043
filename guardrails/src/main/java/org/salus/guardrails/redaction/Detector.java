package org.salus.guardrails.redaction;

import java.util.List;

/** One kind of identifier finder; implementations are stateless and thread-safe. */
interface Detector {

    /** Adds every span this detector finds in {@code text} to {@code out}. */
    void detect(String text, List<Span> out);
}
