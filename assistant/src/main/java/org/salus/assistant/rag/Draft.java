package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.List;

/** An answer in the making: cited sentences, which composer wrote them, and notes for the reader. */
public record Draft(List<AnswerSentence> sentences, String provider, String model, List<String> notes) {

    public Draft {
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    public Draft withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Draft(sentences, provider, model, more);
    }

    public Draft withSentences(List<AnswerSentence> kept) {
        return new Draft(kept, provider, model, notes);
    }
}
