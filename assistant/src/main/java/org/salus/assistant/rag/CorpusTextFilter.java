package org.salus.assistant.rag;

/**
 * What the pipeline asks before corpus text goes into a model's prompt: the passage with every sentence that reads
 * as an instruction to the model removed. The safety gate provides it, so retrieval never depends on safety code.
 */
@FunctionalInterface
public interface CorpusTextFilter {

    String neutraliseCorpusText(String passage);
}
