package org.salus.assistant.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.salus.kb.Review;
import org.salus.kb.index.Passage;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.IndexedDocument;
import org.salus.kb.search.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review workflow's operations, the same for the reviewer page and the command line: the queue, one document with
 * its diff against the last approved version, and decisions, which take effect for search at once.
 */
public final class ReviewDesk {

    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    private final Library library;
    private final String collection;
    private final ReviewStore store;
    private final StoredDecisions decisions;
    private final Supplier<Map<String, Long>> citations;
    private final Period validity;
    private final Clock clock;

    public ReviewDesk(Library library, String collection, ReviewStore store, StoredDecisions decisions,
                      Supplier<Map<String, Long>> citations, Period validity, Clock clock) {
        this.library = library;
        this.collection = collection;
        this.store = store;
        this.decisions = decisions;
        this.citations = citations;
        this.validity = validity;
        this.clock = clock;
    }

    /** A desk on its own database connection, for the command line: stored citation counts, the default validity. */
    public static ReviewDesk standalone(Library library, String collection, JdbcTemplate jdbc) {
        ReviewStore store = new ReviewStore(jdbc);
        return new ReviewDesk(library, collection, store, new StoredDecisions(store), store::citations,
                ReviewProperties.defaults().validity(), Clock.systemDefaultZone());
    }

    public String collection() {
        return collection;
    }

    /** Drafts, documents sent back, expired ones and those expiring within {@code days}; then every served document. */
    public ReviewViews.Queue queue(int days) {
        LocalDate today = today();
        Map<String, Long> cited = citations.get();
        List<ReviewViews.Item> queue = new ArrayList<>();
        List<ReviewViews.Item> served = new ArrayList<>();
        for (IndexedDocument d : documents()) {
            var holding = DecisionRules.holding(decisions.decisions(collection, d.id()), d.version());
            Review review = DecisionRules.effective(d.indexed(), holding);
            DecisionRules.State state = DecisionRules.state(d.indexed(), holding, today);
            boolean expiring = state.served() && DecisionRules.expiring(review, today, days);
            var item = new ReviewViews.Item(d.id(), d.title(), d.language(), d.version(), state.id(), review.expiresOn(),
                    expiring, cited.getOrDefault(d.id() + "@" + d.version(), 0L));
            if (DecisionRules.queued(state, review, today, days)) {
                queue.add(item);
            }
            if (state.served()) {
                served.add(item);
            }
        }
        queue.sort(Comparator.comparing((ReviewViews.Item i) -> !i.state().equals("draft"))
                .thenComparing(i -> i.expiresOn() == null ? LocalDate.MAX : i.expiresOn()).thenComparing(ReviewViews.Item::id));
        served.sort(Comparator.comparingLong(ReviewViews.Item::cited).reversed().thenComparing(ReviewViews.Item::id));
        return new ReviewViews.Queue(today, days, queue, served);
    }

    /** One document with its text, the last other version approved in the workflow, the diff and the decisions. */
    public Optional<ReviewViews.Document> show(String id) {
        Optional<IndexedDocument> found = find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndexedDocument d = found.get();
        List<ReviewDecision> history = decisions.decisions(collection, id);
        var holding = DecisionRules.holding(history, d.version());
        Review review = DecisionRules.effective(d.indexed(), holding);
        String text = text(id);
        Optional<ReviewDecision> approved = history.reversed().stream()
                .filter(h -> h.decision() == Decision.APPROVED && !h.version().equals(d.version())).findFirst();
        var snapshot = approved.flatMap(a -> store.snapshot(collection, id, a.version()));
        String before = snapshot.map(Map.Entry::getValue).orElse(null);
        return Optional.of(new ReviewViews.Document(d.id(), d.title(), d.language(), d.publisher(), d.url(), d.version(),
                DecisionRules.state(d.indexed(), holding, today()).id(), review.reviewedOn(), review.expiresOn(), text,
                snapshot.isPresent() ? approved.get().version() : null, before,
                before == null ? List.of() : TextDiff.rows(before, text),
                before == null ? "" : TextDiff.unified(before, text, id + "@" + approved.get().version() + " (approved)",
                        id + "@" + d.version(), 3),
                history.reversed().stream().map(h -> new ReviewViews.Entry(h.decidedAt(), h.version(), h.decision().id(),
                        h.reviewer(), h.note(), h.expiresOn())).toList()));
    }

    /** Checks and stores a decision on the document's current version; an approval keeps that version's text. */
    public ReviewViews.Outcome decide(String id, DecisionRequest request) {
        Optional<IndexedDocument> found = find(id);
        if (found.isEmpty()) {
            return new ReviewViews.Unknown(id);
        }
        IndexedDocument d = found.get();
        if (request.version() != null && !request.version().equals(d.version())) {
            return new ReviewViews.Stale(d.version());
        }
        LocalDate today = today();
        var holding = DecisionRules.holding(decisions.decisions(collection, id), d.version());
        Optional<String> problem = DecisionRules.problem(request, DecisionRules.state(d.indexed(), holding, today), today);
        if (problem.isPresent()) {
            return new ReviewViews.Rejected(problem.get());
        }
        if (request.decision() == Decision.APPROVED) {
            store.saveSnapshot(collection, id, d.version(), d.title(), text(id));
        }
        ReviewDecision stored = store.insert(new ReviewDecision(0, clock.instant(), collection, id, d.version(),
                request.decision(), request.reviewer(), request.note(), DecisionRules.expiry(request, today, validity)));
        decisions.reload();
        // The document id and decision only: the reviewer's name and note stay in the database.
        log.info("Review decision #{}: {} on document {} version {}", stored.id(), stored.decision().id(), id, d.version());
        var now = DecisionRules.holding(decisions.decisions(collection, id), d.version());
        return new ReviewViews.Decided(stored, DecisionRules.state(d.indexed(), now, today).id());
    }

    /** The document's text as indexed: its title, then each section's heading and passages in reading order. */
    String text(String id) {
        StringBuilder text = new StringBuilder();
        String section = null;
        for (Passage p : searcher().map(s -> s.passages(id)).orElse(List.of())) {
            if (section == null) {
                text.append("# ").append(p.title()).append('\n');
            }
            if (!p.section().equals(section)) {
                section = p.section();
                if (!section.isEmpty() && !section.equals(p.title())) {
                    text.append("\n## ").append(section).append('\n');
                }
            }
            text.append(p.text()).append('\n');
        }
        return text.toString();
    }

    private List<IndexedDocument> documents() {
        return searcher().map(CollectionSearcher::documents).orElse(List.of());
    }

    private Optional<IndexedDocument> find(String id) {
        return id == null ? Optional.empty() : documents().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private Optional<CollectionSearcher> searcher() {
        return library.collection(collection);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
