package org.salus.assistant.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.salus.assistant.config.SalusProperties;
import org.salus.guardrails.learn.BgeQueryEmbedder;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.embed.Embedder;
import org.salus.kb.search.Library;
import org.salus.kb.search.ReviewOverrides;
import org.salus.kb.search.SearchSettings;
import org.salus.kb.search.Synonyms;

/** Builds knowledge-base objects the same way for the web app and the command line. */
public final class KnowledgeBaseFactory {

    private KnowledgeBaseFactory() {
    }

    public static Embedder embedder(String name) {
        return "none".equals(name) ? Embedder.none() : Embedder.bgeSmall();
    }

    /**
     * The same embedder with at most {@code limits.maxConcurrent()} single texts embedded at once (the web app's; the
     * command line embeds unbounded). Queries keep BGE's instruction, which the guardrails' heads were trained with.
     */
    public static Embedder bounded(Embedder embedder, EmbeddingProperties limits) {
        return embedder.model().map(model -> new Embedder(new BoundedEmbeddingModel(model, limits.maxConcurrent(),
                limits.maxWait()), embedder.name(), BgeQueryEmbedder.QUERY_PREFIX)).orElse(embedder);
    }

    public static Library library(CollectionStore store, Embedder embedder, SalusProperties.Retrieval retrieval) {
        return library(store, embedder, retrieval, ReviewOverrides.NONE);
    }

    /** A library whose searchers apply review decisions made after indexing. */
    public static Library library(CollectionStore store, Embedder embedder, SalusProperties.Retrieval retrieval,
                                  ReviewOverrides overrides) {
        Synonyms english = Synonyms.builtIn("en");
        if (retrieval.synonymsFile() != null) {
            try {
                english.withFile(retrieval.synonymsFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read salus.retrieval.synonyms-file " + retrieval.synonymsFile(), e);
            }
        }
        SearchSettings defaults = SearchSettings.defaults();
        SearchSettings settings = new SearchSettings(retrieval.lexicalWeight(), defaults.titleBoost(),
                defaults.synonymBoost(), defaults.expansionBoost(), retrieval.depth(), retrieval.skipDenseAt());
        return new Library(store, embedder, settings, Map.of("en", english, "es", Synonyms.builtIn("es")), overrides);
    }
}
