package org.salus.assistant.cli;

import java.nio.file.Path;
import org.salus.guardrails.eval.SafetyEvaluation;
import org.salus.kb.embed.Embedder;

/** Runs the guardrails' safety evaluation with the same in-process embedding the app gives them. */
final class SafetySuite {

    private SafetySuite() {
    }

    static int run(Path data) {
        Embedder embedder = Embedder.bgeSmall();
        return SafetyEvaluation.run(data, System.out, text -> embedder.query(text));
    }
}
