package org.salus.assistant.rag;

import java.util.List;
import org.salus.kb.search.ScoredPassage;

/** Stage 3: chooses the passages an answer may use and decides whether they bear on the question at all. */
public interface EvidenceAggregator {
    Evidence aggregate(Question question, List<ScoredPassage> candidates);
}
