package org.salus.assistant.rag;

import java.util.List;
import org.salus.kb.search.ScoredPassage;

/** The passages an answer may draw from, numbered from 1 in this order, and whether they bear on the question. */
public record Evidence(List<ScoredPassage> passages, boolean relevant) {

    public Evidence {
        passages = List.copyOf(passages);
    }

    public static Evidence none() {
        return new Evidence(List.of(), false);
    }

    public ScoredPassage get(int n) {
        return passages.get(n - 1);
    }
}
