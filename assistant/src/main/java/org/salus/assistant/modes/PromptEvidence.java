package org.salus.assistant.modes;

import java.util.List;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.kb.search.ScoredPassage;

/**
 * What the Thinking and Contemplating modes show an LLM ({@code salus.modes.prompt-evidence}): the compressed
 * evidence by default, or the naive RAG baseline of the five best retrieved passages whole, kept so the compression
 * can be measured against it (docs/BENCHMARKS.md).
 */
public enum PromptEvidence {

    /** Each evidence passage reduced to the sentences that bear on the question ({@link EvidenceCompressor}). */
    COMPRESSED,

    /** The five best retrieved passages, whole: the answer is written from and verified against those five. */
    TOP5;

    static final int NAIVE_CHUNKS = 5;

    /**
     * The evidence an answer is written from and verified against, the copy of it the prompt carries (numbered
     * alike), and the estimated prompt tokens of both choices, whichever is shown.
     */
    Shown show(Question question, Evidence evidence, List<ScoredPassage> candidates) {
        List<ScoredPassage> top = candidates.subList(0, Math.min(NAIVE_CHUNKS, candidates.size()));
        Evidence compressed = EvidenceCompressor.compress(question, evidence);
        var tokens = new ModeTrace.PromptTokens(EvidenceCompressor.tokens(question.text(), compressed.passages()),
                EvidenceCompressor.tokens(question.text(), top));
        if (this == TOP5) {
            Evidence naive = new Evidence(top, evidence.relevant());
            return new Shown(naive, naive, tokens);
        }
        return new Shown(evidence, compressed, tokens);
    }

    /** The evidence to answer from, what the prompt carries of it, and the token estimates. */
    record Shown(Evidence evidence, Evidence prompt, ModeTrace.PromptTokens tokens) {}
}
