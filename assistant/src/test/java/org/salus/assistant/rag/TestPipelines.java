package org.salus.assistant.rag;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;
import org.salus.kb.embed.Embedder;

/** Pipelines built by hand for other packages' unit tests: a given retriever, every candidate relevant, an LLM composer. */
public final class TestPipelines {

    private TestPipelines() {
    }

    /** Composes with {@code model} (as the configured LLM) from whatever {@code retriever} finds; no embeddings. */
    public static RagPipeline withModel(PassageRetriever retriever, ChatModel model) {
        RagProperties rag = RagSettings.defaults();
        return new RagPipeline((message, language) -> new Question(message, language, null, List.of()), retriever,
                (question, candidates) -> new Evidence(candidates.subList(0, Math.min(6, candidates.size())), !candidates.isEmpty()),
                new ExtractiveComposer(5, 120), Optional.of(new LlmComposer(model, "test", "counting", "canary-test")),
                Optional.empty(), new OverlapVerifier(Embedder.none(), rag.grounding()),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("salus.llm.fallbacks"));
    }
}
