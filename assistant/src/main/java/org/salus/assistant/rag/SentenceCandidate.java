package org.salus.assistant.rag;

import java.util.Set;

/**
 * A readable sentence of one evidence passage as the extractive composer weighs it: where it stands, whether it
 * points back, its terms, its document's title, whether it is about the question's focus and gives the kind of answer
 * asked for, and its score.
 */
record SentenceCandidate(String text, int passage, int position, boolean pointsBack, Set<String> terms, String title,
                         boolean titled, boolean onTopic, boolean answers, double score) {

    /** The same sentence rewritten to stand alone (its leading "It" replaced by the title). */
    SentenceCandidate named(String rewritten) {
        return new SentenceCandidate(rewritten, passage, position, false, terms, title, titled, onTopic, answers, score);
    }
}
