package org.salus.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.RagPipeline;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.Importers;
import org.salus.kb.embed.Embedder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The LLM path end to end through the real LangChain4j clients against {@link LlmStub}: what reaches the user is
 * only what the passages support, and every provider failure becomes the extractive answer with a note, never a
 * 5xx. Subclasses choose the provider and the embedding model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LlmPathTests {

    static final LlmStub STUB = LlmStub.start();
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final Duration TOO_LONG = TIMEOUT.plusMillis(1500);
    static final String QUESTION = "How much exercise should adults get each week?";
    static final String MINUTES = "Adults need at least 150 minutes of moderate aerobic activity each week";
    static final String STRENGTH = "Adults should also do muscle-strengthening activities on 2 or more days a week";

    private static final Path TINY_CORPUS = Path.of("../knowledge-base/src/test/resources/tiny-corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    RagPipeline pipeline;

    /** Points the application at the stub and at the tiny corpus, ingested once per embedding model. */
    static void configure(DynamicPropertyRegistry registry, String provider, String baseUrl, String embedding) {
        Path dataDir = ingestTinyCorpus(embedding);
        registry.add("salus.data-dir", dataDir::toString);
        registry.add("salus.corpus.starter-when-empty", () -> "false");
        registry.add("salus.retrieval.embedding", () -> embedding);
        registry.add("salus.llm.provider", () -> provider);
        registry.add("salus.llm.base-url", () -> baseUrl);
        registry.add("salus.llm.model", () -> "stub");
        registry.add("salus.llm.timeout", TIMEOUT::toString);
        // These tests make the provider fail on purpose; the circuit breaker would open and skip the later ones.
        registry.add("salus.llm.circuit-breaker.enabled", () -> "false");
    }

    private static synchronized Path ingestTinyCorpus(String embedding) {
        Path dataDir = Path.of("target", "llm-it", embedding).toAbsolutePath();
        CollectionStore store = new CollectionStore(dataDir);
        if (store.current("default").isEmpty()) {
            ImportResult corpus = Importers.forFormat("salus-md").orElseThrow()
                    .read(TINY_CORPUS, ImportOptions.defaults());
            try {
                new Ingestor(store, "none".equals(embedding) ? Embedder.none() : Embedder.bgeSmall(), Chunker.standard())
                        .ingest("default", corpus.documents(), true, (d, t, p, ns) -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataDir;
    }

    abstract String provider();

    @BeforeEach
    void letEarlierRepliesFinish() throws InterruptedException {
        STUB.awaitIdle(TOO_LONG.plusSeconds(1));
    }

    @Test
    void answersFromTheModelWithEverySentenceCited() {
        STUB.replyText(r -> MINUTES + ". [" + r.passageWith("150 minutes") + "] "
                + STRENGTH + " [" + r.passageWith("muscle-strengthening") + "].");

        JsonNode reply = chat(QUESTION);

        assertThat(reply.at("/model/provider").asText()).as("reply %s", reply).isEqualTo(provider());
        assertThat(reply.at("/model/name").asText()).isEqualTo("stub");
        assertThat(reply.path("notes")).isEmpty();
        assertThat(reply.path("answer").asText()).contains(MINUTES).contains(STRENGTH);
        assertEverySentenceCited(reply);
        assertThat(reply.path("citations")).allSatisfy(c -> assertThat(c.path("docId").asText()).isEqualTo("tiny-exercise"));
    }

    @Test
    void promptGivesNumberedPassagesAndTheQuestion() {
        STUB.replyText(r -> MINUTES + " [" + r.passageWith("150 minutes") + "].");

        chat(QUESTION);

        LlmRequest request = STUB.lastRequest();
        assertThat(request.api()).isEqualTo(provider());
        assertThat(request.model()).isEqualTo("stub");
        assertThat(request.system()).contains("[1]").contains("NO_VETTED_INFORMATION").contains("salus-canary-");
        assertThat(request.passages()).isNotEmpty().containsKey(1);
        assertThat(request.passages().keySet()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, request.passages().size()).boxed().toList());
        assertThat(request.user()).contains("<question>\n" + QUESTION + "\n</question>");
    }

    @Test
    void streamsOnlyVerifiedSentences() {
        STUB.replyText(r -> {
            int minutes = r.passageWith("150 minutes");
            return MINUTES + " [" + minutes + "]. "
                    + "Chest pain is the most common symptom of a heart attack [" + minutes + "]. "
                    + STRENGTH + " [9]. "
                    + "Walking is a good way to start. "
                    + STRENGTH + " [" + r.passageWith("muscle-strengthening") + "].";
        });

        Sse sse = stream(QUESTION);

        assertThat(sse.names()).startsWith("meta").endsWith("citations", "done").doesNotContain("error");
        assertThat(sse.first("meta").at("/model/provider").asText()).isEqualTo(provider());
        String streamed = sse.deltas();
        assertThat(streamed).contains(MINUTES).contains(STRENGTH)
                .doesNotContain("Chest pain").doesNotContain("Walking").doesNotContain("[9]");
        JsonNode done = sse.first("done");
        assertThat(done.path("answer").asText()).isEqualTo(streamed);
        assertThat(done.at("/model/provider").asText()).isEqualTo(provider());
        assertThat(done.path("notes").toString()).contains("3 unsupported sentence(s) removed");
        assertEverySentenceCited(done);
        assertThat(sse.first("citations").path("citations")).hasSize(done.path("citations").size());
    }

    @Test
    void dropsASentenceWithANumberThePassageDoesNotState() {
        STUB.replyText(r -> "Adults need at least 300 minutes of moderate aerobic activity each week ["
                + r.passageWith("150 minutes") + "]. " + STRENGTH + " [" + r.passageWith("muscle-strengthening") + "].");

        JsonNode reply = chat(QUESTION);

        assertThat(reply.at("/model/provider").asText()).isEqualTo(provider());
        assertThat(reply.path("answer").asText()).doesNotContain("300").contains(STRENGTH);
        assertThat(reply.path("notes").toString()).contains("1 unsupported sentence(s) removed");
    }

    @Test
    void fallsBackToExtractiveWhenNothingTheModelSaidIsSupported() {
        STUB.replyText(r -> "Adults need 45 hours of running each day [" + r.passageWith("150 minutes") + "].");

        JsonNode reply = chat(QUESTION);

        assertExtractiveFallback(reply);
        assertThat(reply.path("answer").asText()).doesNotContain("45 hours");
    }

    enum Failure {
        SERVER_ERROR(r -> LlmReply.status(500), "the language model failed"),
        TIMEOUT(r -> LlmReply.text(MINUTES + " [1].").after(TOO_LONG), "the language model failed"),
        MALFORMED_BODY(r -> LlmReply.malformed(), "the language model"),
        EMPTY_REPLY(r -> LlmReply.text(""), "the language model returned nothing usable"),
        NO_INFORMATION(r -> LlmReply.text("NO_VETTED_INFORMATION"), "the language model found no answer in the passages"),
        PROMPT_LEAK(LlmStub.ECHO, "withheld");

        final Function<LlmRequest, LlmReply> script;
        final String note;

        Failure(Function<LlmRequest, LlmReply> script, String note) {
            this.script = script;
            this.note = note;
        }
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void chatFallsBackToTheExtractiveAnswerWithANote(Failure failure) {
        STUB.script(failure.script);

        JsonNode reply = chat(QUESTION);

        assertExtractiveFallback(reply);
        assertThat(reply.path("notes").toString()).contains(failure.note);
        assertThat(STUB.requests()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void streamFallsBackToTheExtractiveAnswerWithANote(Failure failure) {
        STUB.script(failure.script);

        Sse sse = stream(QUESTION);

        assertThat(sse.names()).startsWith("meta").endsWith("citations", "done").doesNotContain("error");
        JsonNode done = sse.first("done");
        assertExtractiveFallback(done);
        assertThat(done.path("notes").toString()).contains(failure.note);
        assertThat(sse.deltas()).isEqualTo(done.path("answer").asText());
    }

    static Stream<Arguments> nonStreamingReplies() {
        return Stream.of(
                Arguments.of("answer", (Function<LlmRequest, LlmReply>) r -> LlmReply.text(MINUTES + " ["
                        + r.passageWith("150 minutes") + "]. Chest pain is a heart attack symptom ["
                        + r.passageWith("150 minutes") + "]."), true),
                Arguments.of("server error", (Function<LlmRequest, LlmReply>) r -> LlmReply.status(500), false),
                Arguments.of("timeout", (Function<LlmRequest, LlmReply>) r -> LlmReply.text("late [1].").after(TOO_LONG), false),
                Arguments.of("malformed", (Function<LlmRequest, LlmReply>) r -> LlmReply.malformed(), false),
                Arguments.of("prompt leak", LlmStub.ECHO, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonStreamingReplies")
    void nonStreamingClientKeepsOnlyVerifiedSentencesOrFallsBack(String name, Function<LlmRequest, LlmReply> script,
                                                                   boolean fromModel) {
        STUB.script(script);
        List<AnswerSentence> delivered = new CopyOnWriteArrayList<>();

        RagPipeline.Answer answer = pipeline.answer(pipeline.transform(QUESTION, "en"), false, delivered::add);

        assertThat(STUB.lastRequest().stream()).isFalse();
        assertThat(answer.draft().provider()).isEqualTo(fromModel ? provider() : "extractive");
        assertThat(answer.draft().sentences()).isNotEmpty().allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
        assertThat(delivered).isEqualTo(answer.draft().sentences());
        assertThat(answer.draft().sentences()).noneMatch(s -> s.text().contains("Chest pain") || s.text().contains("salus-canary"));
        assertThat(answer.draft().notes()).isNotEmpty();
    }

    @Test
    void sentencesArrivingAfterTheTimeoutAreNeverDelivered() throws InterruptedException {
        STUB.script(r -> LlmReply.text(MINUTES + " [" + r.passageWith("150 minutes") + "]. " + STRENGTH + " ["
                + r.passageWith("muscle-strengthening") + "]. " + MINUTES + " [" + r.passageWith("150 minutes") + "].")
                .stallingAfter(LlmStub.pieces(MINUTES + " [1]. A").size(), TOO_LONG));
        List<AnswerSentence> delivered = new CopyOnWriteArrayList<>();

        RagPipeline.Answer answer = pipeline.answer(pipeline.transform(QUESTION, "en"), true, delivered::add);
        List<AnswerSentence> atReturn = List.copyOf(delivered);
        Thread.sleep(TOO_LONG.minus(TIMEOUT).plusMillis(500));

        assertThat(answer.draft().provider()).as("draft %s", answer.draft()).isEqualTo(provider());
        assertThat(answer.draft().sentences()).as("draft %s", answer.draft()).extracting(AnswerSentence::text).containsExactly(MINUTES + ".");
        assertThat(answer.draft().notes()).anySatisfy(n -> assertThat(n).contains("TimeoutException"));
        assertThat(delivered).isEqualTo(atReturn).isEqualTo(answer.draft().sentences());
    }

    private void assertExtractiveFallback(JsonNode reply) {
        assertThat(reply.at("/model/provider").asText()).isEqualTo("extractive");
        assertThat(reply.path("notes").toString()).contains("answered with the extractive composer instead");
        assertThat(reply.path("answer").asText()).contains("150 minutes").doesNotContain("salus-canary")
                .doesNotContain("You are Salus");
        assertEverySentenceCited(reply);
    }

    private static void assertEverySentenceCited(JsonNode reply) {
        String answer = reply.path("answer").asText();
        List<String> sentences = org.salus.kb.text.Sentences.split(answer, "en");
        assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(s).matches("(?s).*\\[\\d+]\\s*[.!?]?$"));
        int cited = reply.path("citations").size();
        assertThat(cited).isPositive();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(answer);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, cited);
        }
    }

    JsonNode chat(String message) {
        HttpResponse<String> response = post("/api/chat", message, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Sse stream(String message) {
        HttpResponse<String> response = post("/api/chat/stream", message, "text/event-stream");
        assertThat(response.statusCode()).isEqualTo(200);
        return Sse.parse(response.body());
    }

    private HttpResponse<String> post(String path, String message, String accept) {
        String body = JSON.createObjectNode().put("message", message).put("language", "en").toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The named events of one server-sent-event response, in order. */
    record Sse(List<String> names, List<JsonNode> data) {

        static Sse parse(String body) {
            List<String> names = new ArrayList<>();
            List<JsonNode> data = new ArrayList<>();
            for (String block : body.split("\\r?\\n\\r?\\n")) {
                String name = "message";
                StringBuilder payload = new StringBuilder();
                for (String line : block.split("\\r?\\n")) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        payload.append(payload.isEmpty() ? "" : "\n").append(line.substring(5));
                    }
                }
                if (payload.isEmpty()) {
                    continue;
                }
                names.add(name);
                try {
                    data.add(JSON.readTree(payload.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Sse(names, data);
        }

        JsonNode first(String name) {
            int i = names.indexOf(name);
            assertThat(i).as("event %s in %s", name, names).isNotNegative();
            return data.get(i);
        }

        String deltas() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                if ("delta".equals(names.get(i))) {
                    text.append(data.get(i).path("text").asText());
                }
            }
            return text.toString();
        }
    }
}
