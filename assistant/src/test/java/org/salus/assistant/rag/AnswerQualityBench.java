package org.salus.assistant.rag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.kb.ReviewStatus;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.Library;
import org.salus.kb.text.Analyzers;
import org.salus.kb.text.Sentences;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Measures the LLM-free instant answer as a reader gets it (issue 20): how many answers lean on context the reader
 * never saw, how much of an independent reference answer they cover against the opening words of the top passage at
 * equal length, and how often they abstain. Run on demand by {@code bench/answers.sh}; not a test.
 */
public final class AnswerQualityBench {

    private static final String COLLECTION = "medlineplus-en";
    private static final String SPANISH = "medlineplus-es";
    /** The project's own Spanish development questions with the key facts a good answer states. */
    private static final String SPANISH_QUESTIONS = "/answer-questions/preguntas_es.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerQualityBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path shared = Path.of(opts.getOrDefault("shared", "../shared"));
        Path data = Path.of(opts.getOrDefault("data", "data/bench-answers"));
        int referenceCount = Integer.parseInt(opts.getOrDefault("n", "300"));
        int consumerCount = Integer.parseInt(opts.getOrDefault("consumer", "400"));
        Path details = opts.containsKey("out") ? Path.of(opts.get("out")) : null;
        Set<String> sets = Set.of(opts.getOrDefault("sets", "en,es").split(","));

        Path corpus = shared.resolve("data/medlineplus/health_topics_en_medquad2017.jsonl");
        if (!Files.exists(corpus)) {
            System.out.println("no " + corpus + "; nothing measured");
            return;
        }
        SalusProperties salus = new Binder().bindOrCreate("salus", SalusProperties.class);
        Embedder embedder = KnowledgeBaseFactory.embedder(salus.retrieval().embedding());
        CollectionStore store = new CollectionStore(data);
        boolean english = sets.contains("en");
        if (english) {
            ingestOnce(store, embedder, COLLECTION, corpus, data);
        }
        Path spanishCorpus = shared.resolve("data/medlineplus/health_topics_es_2024.jsonl");
        boolean spanish = sets.contains("es") && Files.exists(spanishCorpus);
        if (spanish) {
            ingestOnce(store, embedder, SPANISH, spanishCorpus, data);
        }
        try (Library library = KnowledgeBaseFactory.library(store, embedder, salus.retrieval())) {
            RagPipeline pipeline = pipeline(salus, embedder, () -> library.collection(COLLECTION));
            RagPipeline spanishPipeline = pipeline(salus, embedder, () -> library.collection(SPANISH));
            List<Asked> referenced = english ? referenceQuestions(shared, corpus, referenceCount) : List.of();
            List<Asked> consumer = english ? consumerQuestions(shared, consumerCount) : List.of();
            try (PrintWriter out = details == null ? null : new PrintWriter(Files.newBufferedWriter(details))) {
                Tally withReferences = run(pipeline, referenced, out);
                Tally withoutReferences = run(pipeline, consumer, out);
                Tally inSpanish = spanish ? run(spanishPipeline, spanishQuestions(), out) : null;
                System.out.println("set\tquestions\tanswered\tnamed_topics\tabstained\tdangling\tmedian_words"
                        + "\trouge1_salus\trouge1_top_passage\tratio1\trouge2_salus\trouge2_top_passage\tratio2"
                        + "\tfacts_salus\tfacts_top_passage\tfacts_ratio\tfirst_sentence_fact");
                System.out.println(withReferences.row("medquad-non-medlineplus"));
                System.out.println(withoutReferences.row("consumer-questions"));
                if (inSpanish != null) {
                    System.out.println(inSpanish.row("preguntas-es"));
                }
            }
        }
    }

    private static void ingestOnce(CollectionStore store, Embedder embedder, String name, Path corpus, Path data)
            throws IOException {
        if (store.current(name).isEmpty()) {
            System.err.println("ingesting " + corpus + " into " + data + " (once; kept between runs) …");
            var read = Importers.forFormat("medlineplus-jsonl").orElseThrow()
                    .read(corpus, new ImportOptions(ReviewStatus.APPROVED, null, null));
            new Ingestor(store, embedder, Chunker.standard()).ingest(name, read.documents(), true, IngestProgress.NONE);
        }
    }

    /** The instant pipeline as serving builds it, with default settings, over one collection. */
    private static RagPipeline pipeline(SalusProperties salus, Embedder embedder,
                                        Supplier<Optional<CollectionSearcher>> collection) {
        RagProperties rag = RagSettings.defaults();
        return new RagPipeline(new DefaultQueryTransformer(embedder, collection), new LibraryRetriever(collection),
                new RelevantEvidenceAggregator(salus.chat().evidencePassages(), rag.relevance()),
                RagConfiguration.extractiveComposer(salus), Optional.empty(), Optional.empty(),
                new OverlapVerifier(embedder, rag.grounding()),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("salus.llm.fallbacks"));
    }

    /** A question, its language, the reference answer and the key facts when there are some. */
    private record Asked(String id, String question, String language, String reference, List<String> facts) {
        Asked(String id, String question, String reference) {
            this(id, question, "en", reference, List.of());
        }
    }

    /** Whether this build names what the library covers when it cannot answer ("before" builds lack it). */
    private static final boolean NAMES_TOPICS = present("org.salus.assistant.rag.CoveredTopics");

    private static boolean present(String type) {
        try {
            Class.forName(type);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Tally run(RagPipeline pipeline, List<Asked> questions, PrintWriter out) {
        Tally tally = new Tally();
        for (Asked asked : questions) {
            Question q = pipeline.transform(asked.question(), asked.language());
            RagPipeline.Answer answer = pipeline.answer(q, false, s -> { });
            tally.questions++;
            Map<String, Object> row = new HashMap<>();
            row.put("id", asked.id());
            row.put("question", asked.question());
            if (answer.draft().isEmpty()) {
                List<String> named = NAMES_TOPICS ? CoveredTopics.of(q, answer.evidence()).topics().stream()
                        .map(CoveredTopics.Topic::title).toList() : List.of();
                if (named.isEmpty()) {
                    tally.abstained++;
                    row.put("abstained", true);
                } else {
                    tally.named++;
                    row.put("covers", named);
                }
                if (!answer.evidence().passages().isEmpty()) {
                    row.put("nearest", answer.evidence().get(1).passage().title());
                }
                write(out, row);
                continue;
            }
            List<List<String>> sources = new ArrayList<>();
            for (var p : answer.evidence().passages()) {
                sources.add(Sentences.split(p.passage().text(), p.passage().language()));
            }
            List<ContextCheck.Placed> placed = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (AnswerSentence s : answer.draft().sentences()) {
                int n = s.citations().getFirst();
                placed.add(ContextCheck.place(s.text(), n, sources.get(n - 1)));
                text.append(s.text()).append(' ');
            }
            boolean dangles = ContextCheck.dangles(placed, sources);
            int words = Sentences.words(text.toString());
            tally.answered++;
            tally.words.add(words);
            if (dangles) {
                tally.dangling++;
            }
            row.put("answer", text.toString().strip());
            row.put("dangles", dangles);
            for (int i = 0; dangles && i < placed.size(); i++) {
                if (ContextCheck.dangles(placed, i, sources)) {
                    row.put("dangling_sentence", placed.get(i).text());
                    if (placed.get(i).first() > 0) {
                        row.put("before_it_in_source", sources.get(placed.get(i).passage() - 1).get(placed.get(i).first() - 1));
                    }
                    break;
                }
            }
            row.put("words", words);
            if (!asked.facts().isEmpty()) {
                String baseline = firstWords(answer.evidence().get(1).passage().text(), words);
                Set<String> salus = new HashSet<>(tokens(text.toString(), asked.language()));
                Set<String> top = new HashSet<>(tokens(baseline, asked.language()));
                Set<String> first = new HashSet<>(tokens(answer.draft().sentences().getFirst().text(), asked.language()));
                tally.facts.add(share(asked, salus));
                tally.factsTop.add(share(asked, top));
                tally.firstStates.add(share(asked, first) > 0 ? 1.0 : 0.0);
                row.put("baseline", baseline);
                row.put("facts", share(asked, salus));
            }
            if (asked.reference() != null) {
                List<String> reference = tokens(asked.reference());
                String baseline = firstWords(answer.evidence().get(1).passage().text(), words);
                List<String> salus = tokens(text.toString());
                List<String> top = tokens(baseline);
                tally.rouge1.add(recall(grams(salus, 1), grams(reference, 1)));
                tally.rouge1Top.add(recall(grams(top, 1), grams(reference, 1)));
                tally.rouge2.add(recall(grams(salus, 2), grams(reference, 2)));
                tally.rouge2Top.add(recall(grams(top, 2), grams(reference, 2)));
                row.put("baseline", baseline);
            }
            write(out, row);
        }
        return tally;
    }

    /** The share of the question's key facts whose content words are all among {@code terms}. */
    private static double share(Asked asked, Set<String> terms) {
        long stated = asked.facts().stream().filter(f -> terms.containsAll(tokens(f, asked.language()))).count();
        return (double) stated / asked.facts().size();
    }

    /** The project's Spanish questions: question, the topic that answers it, key facts separated by " | ". */
    private static List<Asked> spanishQuestions() throws IOException {
        List<Asked> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AnswerQualityBench.class.getResourceAsStream(SPANISH_QUESTIONS), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                result.add(new Asked("es:" + result.size(), f[0], "es", null, List.of(f[2].split("\\s*\\|\\s*"))));
            }
        }
        return result;
    }

    private static void write(PrintWriter out, Map<String, Object> row) {
        if (out != null) {
            try {
                out.println(JSON.writeValueAsString(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * MedQuAD pairs from NIH sources other than the MedlinePlus topics (so the reference was not written from the
     * indexed text), whose focus is the title or an "also called" name of an indexed topic, so the library covers
     * the subject; an even spread of {@code n} of them in a fixed order.
     */
    private static List<Asked> referenceQuestions(Path shared, Path corpus, int n) throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode topic = JSON.readTree(line);
            names.add(topic.path("title").asText().toLowerCase(Locale.ROOT).strip());
            topic.path("also_called").forEach(a -> names.add(a.asText().toLowerCase(Locale.ROOT).strip()));
        }
        List<JsonNode> pairs = new ArrayList<>();
        Path medquad = shared.resolve("data/medquad/medquad.jsonl.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(medquad)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode r = JSON.readTree(line);
                if (r.path("answer").isNull() || r.path("answer").asText().isBlank()
                        || r.path("subset").asText().startsWith("4_")) {
                    continue;
                }
                if (names.contains(r.path("focus").asText().toLowerCase(Locale.ROOT).strip())) {
                    pairs.add(r);
                }
            }
        }
        pairs.sort(Comparator.comparing((JsonNode r) -> r.path("subset").asText()).thenComparing(r -> r.path("qid").asText()));
        List<Asked> result = new ArrayList<>();
        double step = Math.max(1.0, (double) pairs.size() / n);
        for (double i = 0; i < pairs.size() && result.size() < n; i += step) {
            JsonNode r = pairs.get((int) i);
            String question = r.path("question").asText().replace("(are) ", "").replaceAll("\\s*\\?(\\s*\\?)*\\s*$", "?");
            result.add(new Asked(r.path("qid").asText(), question, r.path("answer").asText()));
        }
        return result;
    }

    /**
     * An even spread of {@code n} questions from each of HealthSearchQA's development half and MedicationQA (no
     * reference answers), in file order.
     */
    private static List<Asked> consumerQuestions(Path shared, int n) throws IOException {
        List<Asked> result = new ArrayList<>();
        for (String file : List.of("healthsearchqa_dev.jsonl", "medicationqa_medinfo2019_questions.jsonl")) {
            List<String> lines = Files.readAllLines(shared.resolve("eval/consumer-questions").resolve(file));
            double step = Math.max(1.0, (double) lines.size() / n);
            for (double i = 0; i < lines.size() && i / step < n; i += step) {
                result.add(new Asked(file + ":" + (int) i, JSON.readTree(lines.get((int) i)).path("question").asText(), null));
            }
        }
        return result;
    }

    private static String firstWords(String text, int words) {
        String[] parts = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(parts).subList(0, Math.min(words, parts.length)));
    }

    /** Content tokens as retrieval sees them (stemmed, stop words removed), in order. */
    static List<String> tokens(String text) {
        return tokens(text, "en");
    }

    static List<String> tokens(String text, String language) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = Analyzers.forLanguage(language).tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    /** ROUGE-N recall: the share of the reference's n-grams (counted with repeats) that the candidate has. */
    static double recall(Map<String, Integer> candidate, Map<String, Integer> reference) {
        int total = reference.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int hit = 0;
        for (var e : reference.entrySet()) {
            hit += Math.min(e.getValue(), candidate.getOrDefault(e.getKey(), 0));
        }
        return (double) hit / total;
    }

    /** Counts for one question set. */
    private static final class Tally {
        int questions;
        int answered;
        int abstained;
        int named;
        int dangling;
        final List<Double> facts = new ArrayList<>();
        final List<Double> factsTop = new ArrayList<>();
        final List<Double> firstStates = new ArrayList<>();
        final List<Integer> words = new ArrayList<>();
        final List<Double> rouge1 = new ArrayList<>();
        final List<Double> rouge1Top = new ArrayList<>();
        final List<Double> rouge2 = new ArrayList<>();
        final List<Double> rouge2Top = new ArrayList<>();

        String row(String name) {
            double r1 = mean(rouge1);
            double r1t = mean(rouge1Top);
            double r2 = mean(rouge2);
            double r2t = mean(rouge2Top);
            List<Integer> sorted = words.stream().sorted().toList();
            int median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            return String.format(Locale.ROOT, "%s\t%d\t%d\t%.1f%%\t%.1f%%\t%.1f%%\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s", name,
                    questions, answered, 100.0 * named / Math.max(1, questions),
                    100.0 * abstained / Math.max(1, questions), 100.0 * dangling / Math.max(1, answered), median,
                    rouge1.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", r1),
                    rouge1.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", r1t),
                    rouge1.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", r1 / r1t),
                    rouge2.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", r2),
                    rouge2.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", r2t),
                    rouge2.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", r2 / r2t),
                    facts.isEmpty() ? "-\t-\t-\t-" : String.format(Locale.ROOT, "%.3f\t%.3f\t%.2f\t%.1f%%", mean(facts),
                            mean(factsTop), mean(facts) / mean(factsTop), 100 * mean(firstStates)));
        }

        private static double mean(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }
}
