package org.salus.assistant.infobutton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.rag.QueryTerms;
import org.salus.kb.index.Passage;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.Library;
import org.salus.kb.search.SearchQuery;
import org.springframework.stereotype.Service;

/** Finds vetted topics for a coded concept: by the codes documents carry, else by the concept's name. */
@Service
public class Topics {

    private static final int SUMMARY_CHARS = 240;

    private final Library library;
    private final String collection;

    Topics(Library library, SalusProperties properties) {
        this.library = library;
        this.collection = properties.corpus().collection();
    }

    /** Documents carrying {@code code} in {@code system}, in {@code language} when the corpus has one, else in English. */
    public List<Topic> byCode(CodeSystem system, String code, String language, int k) {
        List<Passage> found = searcher().map(s -> s.byCode(system.corpusName(), code.strip(), language, k)).orElse(List.of());
        if (found.isEmpty() && !"en".equals(language)) {
            found = searcher().map(s -> s.byCode(system.corpusName(), code.strip(), "en", k)).orElse(List.of());
        }
        return found.stream().map(Topics::topic).toList();
    }

    /** The best document whose title or text covers every word of {@code name}, for concepts the corpus has no code for. */
    public Optional<Topic> byName(String name, String language) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return searcher().stream()
                .flatMap(s -> s.searchDocuments(SearchQuery.of(QueryTerms.capped(name), language, 3)).stream())
                .map(scored -> scored.passage())
                .filter(p -> covers((p.title() + " " + p.text()).toLowerCase(Locale.ROOT), words))
                .findFirst().map(Topics::topic);
    }

    private Optional<CollectionSearcher> searcher() {
        return library.collection(collection);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).toList();
    }

    private static boolean covers(String text, List<String> words) {
        return words.stream().allMatch(text::contains);
    }

    private static Topic topic(Passage p) {
        String text = p.text().strip();
        String summary = text.length() <= SUMMARY_CHARS ? text
                : text.substring(0, Math.max(text.lastIndexOf(' ', SUMMARY_CHARS), SUMMARY_CHARS / 2)) + " …";
        return new Topic(p.docId(), p.title(), p.url(), p.publisher(), p.language(), summary, p.reviewedOn(),
                p.reviewStatus(), p.updatedOn());
    }
}
