package org.salus.assistant.rag;

/** Stage 4: writes cited sentences from the evidence. */
public interface AnswerComposer {
    Draft compose(Question question, Evidence evidence);
}
