package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.Library;
import org.salus.kb.search.SearchSettings;
import org.salus.kb.search.Synonyms;
import org.salus.kb.text.Sentences;

/**
 * Golden answers of the LLM-free instant pipeline over a tiny corpus written for these tests (English topics in the
 * MedlinePlus layout, Spanish ones in Salus Markdown): for each kind of question, in both languages, the first
 * sentence gives the answer, no sentence leans on one the reader never saw, and every sentence is verified and cited.
 */
class GoldenAnswersTest {

    private static final Path CORPUS = Path.of("src/test/resources/answer-corpus");

    @TempDir
    static Path dataDir;
    private static Library library;
    private static RagPipeline pipeline;

    @BeforeAll
    static void indexCorpus() throws IOException {
        CollectionStore store = new CollectionStore(dataDir);
        var documents = new ArrayList<>(Importers.forFormat("medlineplus-jsonl").orElseThrow()
                .read(CORPUS.resolve("topics_en.jsonl"), ImportOptions.defaults()).documents());
        documents.addAll(Importers.forFormat("salus-md").orElseThrow()
                .read(CORPUS.resolve("es"), ImportOptions.defaults()).documents());
        Embedder embedder = Embedder.none();
        new Ingestor(store, embedder, Chunker.standard()).ingest("answers", documents, true, IngestProgress.NONE);
        library = new Library(store, embedder, SearchSettings.defaults(),
                Map.of("en", Synonyms.builtIn("en"), "es", Synonyms.builtIn("es")));
        Supplier<Optional<CollectionSearcher>> collection = () -> library.collection("answers");
        RagProperties rag = RagSettings.defaults();
        pipeline = new RagPipeline(new DefaultQueryTransformer(embedder, collection), new LibraryRetriever(collection),
                new RelevantEvidenceAggregator(6, rag.relevance()), new ExtractiveComposer(5, 120),
                Optional.empty(), Optional.empty(), new OverlapVerifier(embedder, rag.grounding()),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("salus.llm.fallbacks"));
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @ParameterizedTest(name = "{0} ({1}) opens with \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Can gout be cured?                                   | en | There is no cure for gout, but medicines
            What is gout?                                        | en | Gout is a painful kind of arthritis
            What causes gout?                                    | en | Gout happens when uric acid builds up
            What are the symptoms of gout?                       | en | Common signs include: Sudden, intense pain in a joint;
            How is gout treated?                                 | en | There is no cure for gout, but medicines
            Does shingles go away?                               | en | Most people recover from shingles within three to five weeks.
            How can I prevent shingles?                          | en | A vaccine can prevent shingles.
            How much ibuprofen can an adult take?                | en | For adults, the usual dose is 200 to 400 mg
            What is the difference between a cold and the flu?   | en | Colds and flu are both infections
            ¿Se puede curar la gota?                             | es | No existe una cura para la gota, pero
            ¿Qué es la gota?                                     | es | La gota es un tipo de artritis dolorosa
            ¿Qué causa la gota?                                  | es | La gota se produce cuando el ácido úrico
            ¿Cuáles son los síntomas de la gota?                 | es | Los síntomas más comunes son: Dolor intenso y repentino
            ¿Cómo se trata la gota?                              | es | No existe una cura para la gota, pero
            ¿Cuánto dura la culebrilla?                          | es | La mayoría de las personas se recupera de la culebrilla
            ¿Cómo puedo prevenir la culebrilla?                  | es | Una vacuna puede prevenir la culebrilla.
            ¿Cuántos mg de ibuprofeno puede tomar un adulto?     | es | Para los adultos, la dosis habitual es de 200 a 400 mg
            ¿Cuál es la diferencia entre el resfriado y la gripe? | es | El resfriado y la gripe son infecciones
            """)
    void firstSentenceAnswersTheQuestion(String question, String language, String opening) {
        List<AnswerSentence> answer = answer(question, language);

        assertThat(answer).isNotEmpty();
        assertThat(answer.getFirst().text()).startsWith(opening);
        assertThat(Sentences.words(String.join(" ", answer.stream().map(AnswerSentence::text).toList())))
                .isLessThanOrEqualTo(120);
        assertThat(answer).allSatisfy(s -> assertThat(s.citations()).hasSize(1));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Can gout be cured?                              | en
            What are the symptoms of gout?                  | en
            How long does nerve pain last after shingles?   | en
            Is shingles serious?                            | en
            Is ibuprofen safe for my stomach?               | en
            ¿Cuánto dura el dolor de la culebrilla?         | es
            ¿Cuáles son los síntomas de la gota?            | es
            ¿Cómo se trata la gota?                         | es
            """)
    void noSentenceLeansOnOneTheReaderNeverSaw(String question, String language) {
        RagPipeline.Answer answer = pipeline.answer(pipeline.transform(question, language), false, s -> { });
        List<List<String>> sources = new ArrayList<>();
        answer.evidence().passages().forEach(p -> sources.add(Sentences.split(p.passage().text(), language)));
        List<ContextCheck.Placed> placed = answer.draft().sentences().stream()
                .map(s -> ContextCheck.place(s.text(), s.citations().getFirst(), sources.get(s.citations().getFirst() - 1)))
                .toList();

        assertThat(placed).isNotEmpty();
        assertThat(ContextCheck.dangles(placed, sources)).as(placed.toString()).isFalse();
    }

    @Test
    void keepsThePointingBackSentenceWithItsAntecedent() {
        List<String> answer = answer("How long does nerve pain last after shingles?", "en").stream()
                .map(AnswerSentence::text).toList();

        int pointing = answer.indexOf("This can last for months or even years.");
        assertThat(pointing).as(answer.toString()).isPositive();
        assertThat(answer.get(pointing - 1)).isEqualTo("Some people keep having nerve pain after the rash heals.");
    }

    @Test
    void everyComposedSentenceSurvivesTheVerifier() {
        for (String q : List.of("What causes gout?", "What are the symptoms of gout?", "¿Cuáles son los síntomas de la gota?")) {
            String language = q.startsWith("¿") ? "es" : "en";
            Question question = pipeline.transform(q, language);
            Evidence evidence = pipeline.aggregate(question, pipeline.candidates(question));
            Draft composed = new ExtractiveComposer(5, 120).compose(question, evidence);

            assertThat(pipeline.answer(question, false, s -> { }).draft().sentences()).isEqualTo(composed.sentences());
        }
    }

    @Test
    void abstainsWhenNoPassageAddressesTheFocus() {
        assertThat(answer("What causes hair loss?", "en")).isEmpty();
        assertThat(answer("¿Qué causa la caída del cabello?", "es")).isEmpty();
    }

    private static List<AnswerSentence> answer(String question, String language) {
        return pipeline.answer(pipeline.transform(question, language), false, s -> { }).draft().sentences();
    }
}
