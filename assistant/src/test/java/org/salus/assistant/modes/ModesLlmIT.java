package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thinking and Contemplating with an OpenAI-compatible model: a local stub that plans by splitting at " and ",
 * answers by quoting the first sentence of passage 1 with its citation, and fails its second answer call, so one
 * agent's model call fails while the turn still succeeds.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.llm.provider=openai", "salus.llm.model=stub",
                "salus.llm.api-key=test"})
class ModesLlmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSAGE_ONE = Pattern.compile("<passage n=\"1\"[^>]*>\\n(.*?)\\n</passage>", Pattern.DOTALL);
    private static final AtomicInteger ANSWERS = new AtomicInteger(Integer.MIN_VALUE);
    private static final AtomicInteger PLANS = new AtomicInteger();
    private static final HttpServer STUB = start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
        registry.add("salus.llm.base-url", () -> "http://localhost:" + STUB.getAddress().getPort() + "/v1");
    }

    @AfterAll
    static void stop() {
        STUB.stop(0);
    }

    @Test
    void thinkingPlansWithTheModelAndComposesEachSection() throws Exception {
        JsonNode reply = chat("What are the warning signs of a stroke and how much exercise should adults get?", "thinking");
        assertThat(PLANS.get()).isPositive();
        assertThat(reply.get("trace").get("steps").toString()).contains("planned by llm");
        assertThat(reply.get("trace").get("subQuestions")).hasSize(2);
        assertThat(reply.get("model").get("provider").asText()).isEqualTo("openai");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("tiny-stroke", "tiny-exercise");
    }

    @Test
    void contemplatingSurvivesOneAgentsModelFailing() throws Exception {
        ANSWERS.set(0);
        try {
            JsonNode reply = chat("What are the warning signs of a stroke?", "contemplating");
            assertThat(reply.get("trace").get("agents").findValuesAsText("status")).containsOnly("finished");
            assertThat(reply.get("notes").toString()).contains("the language model failed");
            assertThat(reply.get("answer").asText()).contains("[1]");
            assertThat(reply.get("citations").findValuesAsText("docId")).contains("tiny-stroke");
        } finally {
            ANSWERS.set(Integer.MIN_VALUE);
        }
    }

    private JsonNode chat(String message, String mode) throws Exception {
        return new ChatClient(port).chat(message, mode);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/v1/chat/completions", ModesLlmIT::complete);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void complete(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        JsonNode messages = request.get("messages");
        String user = messages.get(messages.size() - 1).get("content").asText();
        String text;
        if (user.contains("Split the health question")) {
            PLANS.incrementAndGet();
            String question = user.substring(user.lastIndexOf("<question>") + 10, user.lastIndexOf("</question>"));
            text = String.join("\n", question.split("\\s+and\\s+"));
        } else if (ANSWERS.incrementAndGet() == 2) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        } else {
            Matcher m = PASSAGE_ONE.matcher(user);
            String passage = m.find() ? m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&") : "";
            String first = passage.split("(?<=[.!?])\\s+")[0];
            text = first.isBlank() ? "NO_VETTED_INFORMATION" : first.replaceAll("[.!?]$", "") + " [1].";
        }
        boolean stream = request.path("stream").asBoolean(false);
        byte[] body;
        if (stream) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            body = ("data: " + JSON.writeValueAsString(Map.of("id", "s", "object", "chat.completion.chunk", "created", 0,
                    "model", "stub", "choices", java.util.List.of(Map.of("index", 0, "delta", Map.of("content", text)))))
                    + "\n\ndata: " + JSON.writeValueAsString(Map.of("id", "s", "object", "chat.completion.chunk", "created", 0,
                    "model", "stub", "choices", java.util.List.of(Map.of("index", 0, "delta", Map.of(), "finish_reason", "stop"))))
                    + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            body = JSON.writeValueAsBytes(Map.of("id", "c", "object", "chat.completion", "created", 0, "model", "stub",
                    "choices", java.util.List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", text),
                            "finish_reason", "stop")),
                    "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
