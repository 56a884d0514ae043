package org.salus.assistant.rag;

import java.util.List;

/** The user's question as the pipeline sees it: text, language, its embedding (computed once) and expansions. */
public record Question(String text, String language, float[] vector, List<String> expansions) {

    public Question {
        expansions = expansions == null ? List.of() : List.copyOf(expansions);
    }
}
