package org.salus.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.assistant.review.ReviewStore;
import org.salus.assistant.review.StoredDecisions;
import org.salus.kb.Document;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.Library;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.search.SearchQuery;

/**
 * {@code ./salus review} as an operator runs it, on its own data directory and embedded database: the queue, clear
 * errors, a draft approved and then served by search, a changed draft diffed against it, a retirement.
 */
class ReviewCommandIT {

    private Path dataDir;
    private List<Document> corpus;

    private record Run(int exit, String out, String err) {}

    @BeforeEach
    void freshDataDirectory() throws IOException {
        dataDir = Path.of("target", "it-data", "review-cli-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir);
        corpus = new ArrayList<>(Importers.forFormat("salus-md").orElseThrow()
                .read(TestCorpus.SOURCE, ImportOptions.defaults()).documents());
        ingest(corpus);
    }

    private void ingest(List<Document> documents) throws IOException {
        new Ingestor(new CollectionStore(dataDir), Embedder.none(), Chunker.standard())
                .ingest("default", documents, true, IngestProgress.NONE);
    }

    private Run review(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--data-dir";
        full[args.length + 1] = dataDir.toString();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = Commands.run("review", full);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** What the server would serve now: the index with the stored decisions applied. */
    private List<ScoredPassage> served(String query) throws IOException {
        ReviewDatabase.Opened db = ReviewDatabase.open(dataDir);
        assertThat(db.problem()).isNull();
        try (Library library = KnowledgeBaseFactory.library(new CollectionStore(dataDir), Embedder.none(),
                new SalusProperties.Retrieval("none", 0.5, null, 100, 0, 0), new StoredDecisions(new ReviewStore(db.jdbc())))) {
            return library.collection("default").orElseThrow().search(SearchQuery.of(query, "en", 10));
        }
    }

    @Test
    void listsDraftsAndExpiredDocumentsButNotServedOnes() {
        Run list = review("list");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).containsPattern("draft +- +[0-9a-f]{8} +tiny-draft-measles  Measles")
                .containsPattern("expired +\\S+ +[0-9a-f]{8} +tiny-expired-flu")
                .doesNotContain("tiny-stroke").doesNotContain("tiny-retired-hypertension");
    }

    @Test
    void refusesUnknownIdsAndDecisionsWithoutAReviewerOrANote() {
        Run noReviewer = review("approve", "tiny-draft-measles", "--note", "fine");
        assertThat(noReviewer.exit()).isEqualTo(2);
        assertThat(noReviewer.err()).contains("The reviewer's name is required: --reviewer NAME.");

        Run unknown = review("approve", "no-such-document", "--reviewer", "Dr Ada Test");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown document id 'no-such-document' in collection 'default'.");
        assertThat(review("show", "no-such-document").err()).contains("Unknown document id 'no-such-document'");

        Run noNote = review("request-changes", "tiny-draft-measles", "--reviewer", "Dr Ada Test");
        assertThat(noNote.exit()).isEqualTo(1);
        assertThat(noNote.err()).contains("A note is required to request changes or to retire a document");

        Run past = review("approve", "tiny-draft-measles", "--reviewer", "Dr Ada Test", "--expires", "2020-01-01");
        assertThat(past.exit()).isEqualTo(1);
        assertThat(past.err()).contains("The expiry date must be after today.");
    }

    @Test
    void anApprovedDraftIsServedAndAChangedOneIsDiffedAgainstIt() throws IOException {
        assertThat(served("measles virus")).noneMatch(p -> p.passage().docId().equals("tiny-draft-measles"));
        LocalDate until = LocalDate.now().plusMonths(6);

        Run approve = review("approve", "tiny-draft-measles", "--reviewer", "Dr Ada Test", "--note", "Checked",
                "--expires", until.toString());

        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("tiny-draft-measles: approved on version", "until " + until,
                "now approved and served");
        assertThat(served("measles virus")).first().satisfies(p -> {
            assertThat(p.passage().docId()).isEqualTo("tiny-draft-measles");
            assertThat(p.passage().reviewStatus()).isEqualTo("approved");
        });
        assertThat(review("list").out()).doesNotContain("tiny-draft-measles");

        int i = corpus.indexOf(corpus.stream().filter(d -> d.id().equals("tiny-draft-measles")).findFirst().orElseThrow());
        Document d = corpus.get(i);
        corpus.set(i, new Document(d.id(), d.title(), d.language(), d.publisher(), d.url(),
                List.of(new Document.Section("Measles", "Measles is a very contagious disease caused by a virus.\n"
                        + "Two doses of the MMR vaccine protect against it.")), d.synonyms(), d.codes(), d.review(), d.sources()));
        ingest(corpus);

        assertThat(served("measles virus")).noneMatch(p -> p.passage().docId().equals("tiny-draft-measles"));
        Run show = review("show", "tiny-draft-measles");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("draft", "approved by Dr Ada Test", ": Checked",
                "Two doses of the MMR vaccine protect against it.", "(approved)", "+Two doses of the MMR vaccine");
        assertThat(review("list").out()).contains("tiny-draft-measles");
    }

    @Test
    void aRetiredDocumentIsNoLongerServedAndCannotBeRetiredAgain() throws IOException {
        assertThat(served("stroke warning signs")).anyMatch(p -> p.passage().docId().equals("tiny-stroke"));

        Run retire = review("retire", "tiny-stroke", "--reviewer", "Dr Ada Test", "--note", "Superseded");
        assertThat(retire.exit()).as(retire.err()).isZero();
        assertThat(retire.out()).contains("now retired, not served");
        assertThat(served("stroke warning signs")).noneMatch(p -> p.passage().docId().equals("tiny-stroke"));

        Path queries = Files.writeString(dataDir.resolve("queries.tsv"), "q1\tstroke warning signs\n");
        Path run = dataDir.resolve("run.txt");
        assertThat(Commands.run("search", new String[] {"--queries", queries.toString(), "--run-out", run.toString(),
                "--data-dir", dataDir.toString()})).isZero();
        assertThat(Files.readString(run)).as("./salus search applies the decisions too").doesNotContain("tiny-stroke");

        Run again = review("retire", "tiny-stroke", "--reviewer", "Dr Ada Test", "--note", "Again");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("The document is already retired.");
    }
}
