package org.salus.assistant.rag;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.search.SearchQuery;

/** Hybrid retrieval from the serving collection. */
final class LibraryRetriever implements PassageRetriever {

    private final Supplier<Optional<CollectionSearcher>> collection;

    LibraryRetriever(Supplier<Optional<CollectionSearcher>> collection) {
        this.collection = collection;
    }

    @Override
    public List<ScoredPassage> retrieve(Question question, int k) {
        return collection.get()
                .map(c -> c.search(new SearchQuery(QueryTerms.capped(question.text()), question.language(), k, question.vector(),
                        question.expansions())))
                .orElse(List.of());
    }
}
