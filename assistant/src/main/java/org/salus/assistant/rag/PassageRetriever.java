package org.salus.assistant.rag;

import java.util.List;
import org.salus.kb.search.ScoredPassage;

/** Stage 2: finds candidate passages for a question. */
public interface PassageRetriever {
    List<ScoredPassage> retrieve(Question question, int k);
}
