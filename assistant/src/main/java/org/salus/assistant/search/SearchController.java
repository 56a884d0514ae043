package org.salus.assistant.search;

import java.util.List;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.modes.AnswerMode;
import org.salus.assistant.modes.ModeRunner;
import org.salus.assistant.rag.QueryTerms;
import org.salus.assistant.web.ApiException;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.search.Library;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.search.SearchQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: hybrid retrieval over a collection, for integrations and evaluation; with {@code mode},
 * the passages that answer mode reads from the serving collection, in its order.
 */
@RestController
class SearchController {

    private static final int EXCERPT_CHARS = 300;

    private final Library library;
    private final ModeRunner modes;
    private final String defaultCollection;

    SearchController(Library library, ModeRunner modes, SalusProperties properties) {
        this.library = library;
        this.modes = modes;
        this.defaultCollection = properties.corpus().collection();
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam(name = "q", required = false) String q,
                          @RequestParam(name = "k", defaultValue = "10") String k,
                          @RequestParam(name = "collection", required = false) String collection,
                          @RequestParam(name = "language", defaultValue = "en") String language,
                          @RequestParam(name = "mode", required = false) String mode) {
        if (q == null || q.isBlank()) {
            throw new ApiException(400, "Empty query", "The 'q' parameter must contain search text.");
        }
        if (q.length() > 4000) {
            throw new ApiException(400, "Query too long", "The 'q' parameter is limited to 4000 characters.");
        }
        int limit;
        try {
            limit = Integer.parseInt(k.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "Bad k", "'k' must be a whole number between 1 and 100.");
        }
        if (limit < 1 || limit > 100) {
            throw new ApiException(400, "Bad k", "'k' must be a whole number between 1 and 100.");
        }
        String name = collection == null || collection.isBlank() ? defaultCollection : collection.strip();
        try {
            CollectionStore.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad collection", e.getMessage());
        }
        if (mode != null && AnswerMode.byId(mode).isEmpty()) {
            throw new ApiException(400, "Bad mode", "'mode' must be instant, thinking or contemplating.");
        }
        if (mode != null && !name.equals(defaultCollection)) {
            throw new ApiException(400, "Mode needs the serving collection",
                    "The answer modes read the serving collection '" + defaultCollection + "' only; leave out 'collection'.");
        }
        var searcher = library.collection(name)
                .orElseThrow(() -> new ApiException(404, "Unknown collection", "No collection named '" + name + "' has been built."));
        String lang = "es".equals(language) ? "es" : "en";
        List<ScoredPassage> found = mode == null ? searcher.search(SearchQuery.of(QueryTerms.capped(q), lang, limit))
                : modes.ranking(mode, modes.question(q, lang)).stream().limit(limit).toList();
        var hits = found.stream()
                .map(h -> new Hit(h.passage().id(), h.passage().docId(), h.passage().title(), h.passage().url(),
                        Math.round(h.score() * 10_000) / 10_000.0, excerpt(h.passage().text())))
                .toList();
        return new SearchResponse(hits);
    }

    private static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, space > 0 ? space : EXCERPT_CHARS) + " …";
    }

    record SearchResponse(List<Hit> hits) {}

    record Hit(String id, String docId, String title, String url, double score, String excerpt) {}
}
