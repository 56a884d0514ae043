package org.salus.assistant.rag;

/** Stage 5: keeps only sentences whose citations exist and support them. */
public interface AnswerVerifier {
    Draft verify(Question question, Evidence evidence, Draft draft);

    /** Whether one sentence is supported by the evidence it cites; streaming checks sentence by sentence. */
    boolean supported(AnswerSentence sentence, Evidence evidence);
}
