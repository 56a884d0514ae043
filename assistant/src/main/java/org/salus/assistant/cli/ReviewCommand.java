package org.salus.assistant.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.assistant.review.Decision;
import org.salus.assistant.review.DecisionRequest;
import org.salus.assistant.review.ReviewDesk;
import org.salus.assistant.review.ReviewViews;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.search.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./salus review}: the reviewer page's operations on the command line: the queue, one document, decisions. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review the collection's documents: list the queue, show one with its diff, approve, request changes or retire.",
                "A decision holds for the document's current content version and takes effect for search at once.",
                "With the embedded database, stop the server first or use its reviewer page (/review.html)."},
        subcommands = {ReviewCommand.ListQueue.class, ReviewCommand.Show.class, ReviewCommand.Approve.class,
                ReviewCommand.RequestChanges.class, ReviewCommand.Retire.class})
final class ReviewCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Where the collection and its database are. */
    static final class Where {
        @Option(names = "--collection", defaultValue = "default", description = "Collection (default: ${DEFAULT-VALUE})")
        String collection;

        @Option(names = "--data-dir", description = "Data directory (default: $SALUS_DATA_DIR or ./data)")
        Path dataDir;

        /** Runs {@code action} on an open desk; prints why and returns 2 when the collection or database is missing. */
        int withDesk(DeskAction action) {
            try {
                CollectionStore.checkName(collection);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            Path dir = DataDir.resolve(dataDir);
            CollectionStore store = new CollectionStore(dir);
            if (store.current(collection).isEmpty()) {
                System.err.println("Collection '" + collection + "' has no index in " + dir + "; ingest documents first.");
                return 2;
            }
            ReviewDatabase.Opened db = ReviewDatabase.open(dir);
            if (db.problem() != null) {
                System.err.println(db.problem());
                return 2;
            }
            try (Library library = KnowledgeBaseFactory.library(store, KnowledgeBaseFactory.embedder("none"),
                    new org.salus.assistant.config.SalusProperties.Retrieval("none", 0.5, null, 100, 0, 0))) {
                return action.run(ReviewDesk.standalone(library, collection, db.jdbc()), System.out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One operation on the desk, printing to {@code out}; returns the exit code. */
    interface DeskAction {
        int run(ReviewDesk desk, PrintStream out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The queue: drafts, documents sent back for changes, expired ones and those expiring soon.")
    static final class ListQueue implements Callable<Integer> {
        @Mixin
        Where where;

        @Option(names = "--days", defaultValue = "30", description = "Expiring within this many days (default: ${DEFAULT-VALUE})")
        int days;

        @Override
        public Integer call() {
            if (days < 1 || days > 3650) {
                System.err.println("--days must be between 1 and 3650");
                return 2;
            }
            return where.withDesk((desk, out) -> {
                ReviewViews.Queue queue = desk.queue(days);
                out.printf("Review queue of '%s' on %s (drafts, changes requested, expired, expiring within %d days):%n",
                        desk.collection(), queue.today(), days);
                out.printf("%-18s %-10s %-10s %s%n", "STATE", "EXPIRES", "VERSION", "ID  TITLE");
                for (ReviewViews.Item i : queue.queue()) {
                    out.printf("%-18s %-10s %-10s %s  %s%n", i.state() + (i.expiring() ? " (expiring)" : ""),
                            i.expiresOn() == null ? "-" : i.expiresOn(), i.version().substring(0, 8), i.id(), i.title());
                }
                out.printf("%d document(s) waiting; %d served.%n", queue.queue().size(), queue.served().size());
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One document: its state, decisions, text, and a unified diff against the last approved version.")
    static final class Show implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(paramLabel = "ID", description = "Document id")
        String id;

        @Override
        public Integer call() {
            return where.withDesk((desk, out) -> {
                var shown = desk.show(id);
                if (shown.isEmpty()) {
                    System.err.println("Unknown document id '" + id + "' in collection '" + desk.collection() + "'.");
                    return 2;
                }
                ReviewViews.Document d = shown.get();
                out.printf("%s  %s%nversion %s, %s%s%s%n", d.id(), d.title(), d.version(), d.state(),
                        d.reviewedOn() == null ? "" : ", reviewed " + d.reviewedOn(),
                        d.expiresOn() == null ? "" : ", expires " + d.expiresOn());
                d.history().forEach(h -> out.printf("  %s %s by %s on version %s%s%s%n", h.decidedAt(), h.decision(),
                        h.reviewer(), h.version().substring(0, 8), h.expiresOn() == null ? "" : " until " + h.expiresOn(),
                        h.note() == null ? "" : ": " + h.note()));
                out.println();
                out.print(d.text());
                out.println();
                out.print(d.approvedVersion() == null ? "No other version was approved in the review workflow; no diff.\n"
                        : d.unifiedDiff().isEmpty() ? "Same text as the approved version " + d.approvedVersion() + ".\n"
                        : d.unifiedDiff());
                return 0;
            });
        }
    }

    /** The options every decision takes. */
    abstract static class Decide implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(paramLabel = "ID", description = "Document id")
        String id;

        @Option(names = "--reviewer", paramLabel = "NAME", description = "Who decides (required)")
        String reviewer;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why; required to request changes or retire")
        String note;

        abstract Decision decision();

        LocalDate expires() {
            return null;
        }

        @Override
        public Integer call() {
            if (reviewer == null || reviewer.isBlank()) {
                System.err.println("The reviewer's name is required: --reviewer NAME.");
                return 2;
            }
            return where.withDesk((desk, out) -> switch (desk.decide(id,
                    new DecisionRequest(decision(), reviewer, note, expires(), null))) {
                case ReviewViews.Decided d -> {
                    out.printf("%s: %s on version %s%s; the document is now %s.%n", id, d.decision().decision().id(),
                            d.decision().version(), d.decision().expiresOn() == null ? "" : " until " + d.decision().expiresOn(),
                            d.state() + (d.state().equals("approved") ? " and served" : ", not served"));
                    yield 0;
                }
                case ReviewViews.Unknown u -> {
                    System.err.println("Unknown document id '" + id + "' in collection '" + desk.collection() + "'.");
                    yield 2;
                }
                case ReviewViews.Rejected r -> {
                    System.err.println(r.why());
                    yield 1;
                }
                case ReviewViews.Stale s -> {
                    System.err.println("The document changed while deciding; run the command again.");
                    yield 1;
                }
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the current version: it is served until it expires (default: one year from today).")
    static final class Approve extends Decide {
        @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "Last day the approval holds")
        LocalDate expiresOn;

        @Override
        Decision decision() {
            return Decision.APPROVED;
        }

        @Override
        LocalDate expires() {
            return expiresOn;
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true,
            description = "Send the current version back to its authors; it is not served.")
    static final class RequestChanges extends Decide {
        @Override
        Decision decision() {
            return Decision.CHANGES_REQUESTED;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Withdraw the document, whatever its version, until a later approval; it is not served.")
    static final class Retire extends Decide {
        @Override
        Decision decision() {
            return Decision.RETIRED;
        }
    }
}
