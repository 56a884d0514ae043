package org.salus.assistant.rag;

import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.salus.kb.search.ScoredPassage;

/** Stage 2 with its latency recorded, for every mode that retrieves through the pipeline. */
final class TimedRetriever implements PassageRetriever {

    private final PassageRetriever retriever;
    private final Timer timer;

    TimedRetriever(PassageRetriever retriever, Timer timer) {
        this.retriever = retriever;
        this.timer = timer;
    }

    @Override
    public List<ScoredPassage> retrieve(Question question, int k) {
        return timer.record(() -> retriever.retrieve(question, k));
    }
}
