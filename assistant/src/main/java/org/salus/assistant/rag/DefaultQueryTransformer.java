package org.salus.assistant.rag;

import java.util.List;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.embed.Embedder;

/** Normalises the message, embeds it once for the whole turn, and finds lay/clinical synonyms of its phrases. */
final class DefaultQueryTransformer implements QueryTransformer {

    private static final int MAX_QUERY_CHARS = 1000;

    private final Embedder embedder;
    private final java.util.function.Supplier<java.util.Optional<CollectionSearcher>> collection;

    DefaultQueryTransformer(Embedder embedder, java.util.function.Supplier<java.util.Optional<CollectionSearcher>> collection) {
        this.embedder = embedder;
        this.collection = collection;
    }

    @Override
    public Question transform(String message, String language) {
        String text = message.replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_QUERY_CHARS) {
            text = text.substring(0, MAX_QUERY_CHARS);
        }
        List<String> expansions = collection.get().map(c -> c.expansions(message, language)).orElse(List.of());
        return new Question(text, language, embedder.enabled() ? embedder.query(text) : null, expansions);
    }
}
