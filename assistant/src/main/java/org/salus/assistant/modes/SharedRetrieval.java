package org.salus.assistant.modes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.kb.search.ScoredPassage;

/**
 * One turn's retrievals, shared by agents that ask the same query: they differ in how they weigh the candidates,
 * so on a small machine the search runs once rather than once per agent.
 */
final class SharedRetrieval {

    private final RagPipeline pipeline;
    private final Map<String, List<ScoredPassage>> done = new ConcurrentHashMap<>();

    SharedRetrieval(RagPipeline pipeline) {
        this.pipeline = pipeline;
    }

    List<ScoredPassage> retrieve(Question question, int k) {
        String key = k + "\u0000" + question.text() + "\u0000" + String.join("\u0001", question.expansions());
        return done.computeIfAbsent(key, x -> pipeline.retrieve(question, k));
    }
}
