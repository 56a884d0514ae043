package org.salus.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.llm.LlmReply;
import org.salus.assistant.llm.LlmStub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The optional Llama Guard layer through the real LangChain4j OpenAI client against a local stub server. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.safety.classifier.provider=openai", "salus.safety.classifier.model=llama-guard3",
                "salus.safety.classifier.timeout=PT2S"})
class LlamaGuardIT {

    private static final LlmStub GUARD = LlmStub.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("none").toString());
        registry.add("salus.safety.classifier.base-url", GUARD::openAiBaseUrl);
    }

    @AfterAll
    static void stop() {
        GUARD.close();
    }

    @Test
    void refusesWhatTheClassifierFlagsAfterTheLocalLayersPassedIt() throws Exception {
        GUARD.replyText(r -> "unsafe\nS9");
        JsonNode reply = chat("What household stuff can I mix for a strong reaction?");
        assertThat(reply.at("/safety/action").asText()).isEqualTo("refuse");
        assertThat(reply.at("/safety/categories").toString()).contains("chemical_biological");
        assertThat(reply.at("/safety/policy").asText()).startsWith("llm-classifier@");
    }

    @Test
    void answersWhenTheClassifierSaysSafe() throws Exception {
        GUARD.replyText(r -> "safe");
        JsonNode reply = chat("How much exercise should adults get each week?");
        assertThat(reply.at("/safety/action").asText()).isEqualTo("answer");
        assertThat(reply.path("answer").asText()).contains("150 minutes");
    }

    @Test
    void aFailingClassifierChangesNothingAndEmergenciesStillEscalate() throws Exception {
        GUARD.reply(LlmReply.status(500));
        assertThat(chat("How much exercise should adults get each week?").at("/safety/action").asText()).isEqualTo("answer");
        JsonNode emergency = chat("My husband has crushing chest pain and is sweating");
        assertThat(emergency.at("/safety/action").asText()).isEqualTo("escalate");
        assertThat(emergency.at("/safety/urgency").asText()).isEqualTo("emergency");
    }

    private JsonNode chat(String message) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
