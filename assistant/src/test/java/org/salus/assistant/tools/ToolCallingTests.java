package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salus.assistant.llm.LlmReply;
import org.salus.assistant.llm.LlmRequest;
import org.salus.assistant.llm.LlmStub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tool choice by a language model through the real LangChain4j clients against {@link LlmStub}: the model picks the
 * tool and its arguments, Salus runs it and words the reply from the data, so nothing the model writes reaches the
 * user; every failure of the choice falls back to the rules, never to a 5xx; guardrails decide before any model call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ToolCallingTests {

    static final LlmStub STUB = LlmStub.start();
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final Duration TOO_LONG = TIMEOUT.plusMillis(1500);
    static final String APPLE_FIBRE = "{\"foods\": [{\"name\": \"apple\"}], \"nutrients\": [\"fiber_g\"]}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    /** Points the application at the stub, with no text corpus (so a question the tools leave alone has no answer). */
    static void configure(DynamicPropertyRegistry registry, String provider, String baseUrl) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tool-calling-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("salus.data-dir", dataDir::toString);
        registry.add("salus.corpus.starter-when-empty", () -> "false");
        registry.add("salus.retrieval.embedding", () -> "none");
        registry.add("salus.llm.provider", () -> provider);
        registry.add("salus.llm.base-url", () -> baseUrl);
        registry.add("salus.llm.model", () -> "stub");
        registry.add("salus.llm.timeout", TIMEOUT::toString);
        // These tests make the provider fail on purpose; the circuit breaker would open and skip the later ones.
        registry.add("salus.llm.circuit-breaker.enabled", () -> "false");
        registry.add("salus.tools.model-timeout", TIMEOUT::toString);
    }

    /** Whether the provider's client passes tool arguments on as text (OpenAI), so they can be malformed JSON. */

    @BeforeEach
    void letEarlierRepliesFinish() throws InterruptedException {
        STUB.awaitIdle(TOO_LONG.plusSeconds(1));
    }

    /** Answers the tool-choice request with {@code choice}, and any other request (the library's) with a 503. */
    static void toolChoice(Function<LlmRequest, LlmReply> choice) {
        STUB.script(r -> r.tools().isEmpty() ? LlmReply.status(503) : choice.apply(r));
    }

    @Test
    void modelPicksTheNutritionToolAndTheReplyCarriesOnlyTheTableNumbers() {
        toolChoice(r -> LlmReply.text("A Granny Smith has 9 g of fibre, about 30% of what you need in a day.")
                .andToolCall(ModelToolCalls.NUTRITION, APPLE_FIBRE));

        JsonNode reply = chat("Is there much fibre in a Granny Smith?", "en");

        assertThat(reply.at("/model/provider").asText()).isEqualTo("tools");
        String answer = reply.path("answer").asText();
        assertThat(answer).contains("Apples, raw, with skin", "fibre 4.4 g (16% DV); 2.4 g per 100 g [1]")
                .doesNotContain("9 g").doesNotContain("30%").doesNotContain("Granny");
        JsonNode chart = reply.path("visualisations").get(0);
        assertThat(chart.path("type").asText()).isEqualTo("nutrition");
        assertThat(chart.at("/data/foods/0/code").asText()).isEqualTo("09003");
        assertThat(chart.at("/data/foods/0/per100g/fiber_g").asDouble()).isEqualTo(2.4);
        assertThat(reply.at("/citations/0/docId").asText()).isEqualTo("09003");
        assertThat(reply.path("notes").toString()).contains(ModelTools.CHOSEN);
        LlmRequest request = STUB.requests().getFirst();
        assertThat(request.tools()).containsExactly(ModelToolCalls.NUTRITION, ModelToolCalls.MUSCLES, ModelToolCalls.EXERCISES);
        assertThat(request.user()).isEqualTo("Is there much fibre in a Granny Smith?");
    }

    @Test
    void amountsTheUserWroteAreWeighedFromTheTable() {
        toolChoice(r -> LlmReply.toolCall(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": \"egg\", \"amount\": 2},"
                + " {\"name\": \"white bread\", \"amount\": 1, \"unit\": \"slice\"}], \"total\": true}"));

        JsonNode reply = chat("Breakfast was 2 eggs and a slice of toast, what did I get from it?", "en");

        NutritionTable demo = NutritionTable.demo();
        double energy = demo.byCode("01123").orElseThrow().amount(Nutrient.ENERGY, 88).orElseThrow()
                + demo.byCode("18069").orElseThrow().amount(Nutrient.ENERGY, 29).orElseThrow();
        assertThat(reply.path("answer").asText()).contains("(88 g)", "(29 g)", "Together: energy " + Text.number(energy) + " kcal");
        assertThat(reply.at("/visualisations/0/data/mode").asText()).isEqualTo("meal");
    }

    @Test
    void modelPicksTheExerciseToolForAMuscle() {
        toolChoice(r -> LlmReply.toolCall(ModelToolCalls.EXERCISES, "{\"muscles\": [\"lower back\"], \"equipment_free\": true}"));

        JsonNode reply = chat("My lower back feels weak; what could I do at home with nothing?", "en");

        JsonNode chart = reply.path("visualisations").get(0);
        assertThat(chart.path("type").asText()).isEqualTo("muscles");
        assertThat(chart.at("/data/primary").toString()).isEqualTo("[\"lower back\"]");
        assertThat(chart.at("/data/exercises")).isNotEmpty().allSatisfy(e ->
                assertThat(e.path("equipment").isNull() || "body only".equals(e.path("equipment").asText())).isTrue());
        assertThat(reply.path("answer").asText()).contains("see a clinician");
    }

    @Test
    void spanishQuestionGetsASpanishReplyFromTheModelsChoice() {
        toolChoice(r -> LlmReply.toolCall(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": \"manzana\"}], \"nutrients\": [\"fiber_g\"]}"));

        JsonNode reply = chat("¿La manzana es rica en fibra?", "es");

        assertThat(reply.path("answer").asText()).contains("manzana (Apples, raw, with skin)", "fibra 4.4 g (16 % VD)");
        assertThat(reply.at("/visualisations/0/title").asText()).isEqualTo("Fibra en manzana");
    }

    @Test
    void modelProseWithoutAToolCallNeverReachesTheUser() {
        STUB.script(r -> LlmReply.text("An apple has 9 g of fibre [1]."));

        JsonNode reply = chat("How much fibre is in an apple?", "en");

        assertThat(reply.path("answer").asText()).doesNotContain("9 g");
        assertThat(reply.path("visualisations")).isEmpty();
        assertThat(reply.at("/model/provider").asText()).isNotEqualTo("tools");
        assertThat(STUB.requests().getFirst().tools()).isNotEmpty();
    }

    enum BadCall {
        UNKNOWN_TOOL("calorie_counter", APPLE_FIBRE, "an unknown tool"),
        MISSING_FOODS(ModelToolCalls.NUTRITION, "{\"nutrients\": [\"fiber_g\"]}", "no usable list of foods"),
        UNKNOWN_NUTRIENT(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": \"apple\"}], \"nutrients\": [\"vitamin_z\"]}",
                "an unknown nutrient"),
        INVENTED_AMOUNT(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": \"apple\", \"amount\": 3}]}",
                "an amount the user did not write"),
        UNKNOWN_UNIT(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": \"apple\", \"unit\": \"bucket\"}]}", "an unknown unit"),
        NOT_JSON(ModelToolCalls.NUTRITION, "{\"foods\": [{\"name\": ", "not JSON");

        final String tool;
        final String arguments;
        final String reason;

        BadCall(String tool, String arguments, String reason) {
            this.tool = tool;
            this.arguments = arguments;
            this.reason = reason;
        }
    }

    /** Every client's bad calls; arguments that are not JSON exist only where a client carries them as text. */
    @ParameterizedTest
    @EnumSource(value = BadCall.class, mode = EnumSource.Mode.EXCLUDE, names = "NOT_JSON")
    void aToolCallSalusWillNotRunFallsBackToTheRules(BadCall call) {
        fallsBackToTheRulesOn(call);
    }

    void fallsBackToTheRulesOn(BadCall call) {
        toolChoice(r -> LlmReply.text("Apples have 3 g of fibre.").andToolCall(call.tool, call.arguments));

        JsonNode reply = chat("How much fibre is in an apple?", "en");

        assertRulesAnsweredAppleFibre(reply);
        assertThat(reply.path("notes").toString()).contains("tool chosen by the rules").contains(call.reason);
    }

    enum Failure {
        SERVER_ERROR(r -> LlmReply.status(500)),
        TIMEOUT(r -> LlmReply.toolCall(ModelToolCalls.NUTRITION, APPLE_FIBRE).after(TOO_LONG)),
        MALFORMED_BODY(r -> LlmReply.malformed());

        final Function<LlmRequest, LlmReply> script;

        Failure(Function<LlmRequest, LlmReply> script) {
            this.script = script;
        }
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aFailedToolChoiceFallsBackToTheRules(Failure failure) {
        toolChoice(failure.script);

        JsonNode reply = chat("How much fibre is in an apple?", "en");

        assertRulesAnsweredAppleFibre(reply);
        assertThat(reply.path("notes").toString()).contains("tool choice failed");
    }

    @Test
    void aQuestionWithoutFoodOrExerciseWordsCostsNoToolChoiceCall() {
        toolChoice(r -> LlmReply.toolCall(ModelToolCalls.NUTRITION, APPLE_FIBRE));

        JsonNode reply = chat("What are the warning signs of a stroke?", "en");

        assertThat(reply.path("visualisations")).isEmpty();
        assertThat(STUB.requests()).allSatisfy(r -> assertThat(r.tools()).isEmpty());
    }

    @Test
    void guardrailsDecideBeforeTheModelIsAskedToChooseATool() {
        toolChoice(r -> LlmReply.toolCall(ModelToolCalls.NUTRITION, APPLE_FIBRE));

        JsonNode emergency = chat("I have crushing chest pain and my left arm is numb, how much sodium is in bread?", "en");
        JsonNode starvation = chat("I want to eat only 500 calories a day, how many calories are in an apple?", "en");

        assertThat(emergency.at("/safety/action").asText()).isEqualTo("escalate");
        assertThat(starvation.at("/safety/action").asText()).isEqualTo("reframe");
        assertThat(List.of(emergency, starvation)).allSatisfy(r -> assertThat(r.path("visualisations")).isEmpty());
        assertThat(STUB.requests()).allSatisfy(r -> assertThat(r.tools()).isEmpty());
    }

    private static void assertRulesAnsweredAppleFibre(JsonNode reply) {
        assertThat(reply.at("/model/provider").asText()).isEqualTo("tools");
        assertThat(reply.path("answer").asText()).contains("fibre 4.4 g (16% DV); 2.4 g per 100 g [1]").doesNotContain("3 g of fibre");
        assertThat(reply.at("/visualisations/0/type").asText()).isEqualTo("nutrition");
    }

    JsonNode chat(String message, String language) {
        String body = JSON.createObjectNode().put("message", message).put("language", language).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
