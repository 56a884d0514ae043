package org.salus.assistant.chat;

import java.util.List;

/**
 * Published after an answer that cited the corpus: which document versions it cited, once each, and nothing else (no
 * question, answer, session or time), so reviewers can see which documents answer and how often.
 */
public record SourcesCited(List<Source> sources) {

    public SourcesCited {
        sources = List.copyOf(sources);
    }

    /** A cited document and the content version that was served. */
    public record Source(String docId, String version) {}
}
