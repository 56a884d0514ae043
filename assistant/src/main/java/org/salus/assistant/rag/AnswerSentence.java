package org.salus.assistant.rag;

import java.util.List;

/** One sentence of an answer and the evidence numbers (1-based) that support it. */
public record AnswerSentence(String text, List<Integer> citations) {

    public AnswerSentence {
        citations = List.copyOf(citations);
    }
}
