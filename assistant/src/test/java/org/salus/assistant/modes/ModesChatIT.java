package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The three modes through {@code POST /api/chat} against the tiny corpus, without an LLM. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salus.corpus.starter-when-empty=false")
class ModesChatIT {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"instant", "thinking", "contemplating"})
    void answersStrokeSignsWithValidCitationsInEveryMode(String mode) throws Exception {
        JsonNode reply = chat("What are the warning signs of a stroke?", mode);
        String answer = reply.get("answer").asText();
        assertThat(reply.get("mode").asText()).isEqualTo(mode);
        assertThat(answer).contains("weakness");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("tiny-stroke");
        Matcher m = MARKER.matcher(answer);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, reply.get("citations").size());
        }
        assertThat(reply.get("notes").toString()).doesNotContain("not available yet");
        assertThat(reply.get("timingsMs").get("total").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void thinkingAnswersEachPartInItsOwnSectionAndFlagsWhatTheSourcesDoNotCover() throws Exception {
        JsonNode reply = chat("What are the warning signs of a stroke and how much exercise should adults get, "
                + "and what is the capital of France?", "thinking");
        JsonNode subs = reply.get("trace").get("subQuestions");
        assertThat(subs).hasSize(3);
        assertThat(subs.get(0).get("status").asText()).isEqualTo("answered");
        assertThat(subs.get(1).get("status").asText()).isEqualTo("answered");
        assertThat(subs.get(2).get("status").asText()).contains("not covered");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("tiny-stroke", "tiny-exercise");
        assertThat(reply.get("answer").asText()).contains("150 minutes").contains("\n\n");
        assertThat(reply.get("notes").toString()).contains("do not cover");
        assertThat(reply.get("timingsMs").has("thinking.plan")).isTrue();
        assertThat(reply.get("trace").get("promptTokens").get("compressed").asInt())
                .isLessThan(reply.get("trace").get("promptTokens").get("naiveTop5").asInt());
    }

    @Test
    void contemplatingReportsEveryAgentsVoteAndParallelTimings() throws Exception {
        chat("How much exercise should adults get each week?", "contemplating");
        JsonNode reply = chat("How much exercise should adults get each week?", "contemplating");
        JsonNode agents = reply.get("trace").get("agents");
        assertThat(agents.findValuesAsText("name")).containsExactly("lexical", "semantic", "lay-terms", "reviewer");
        assertThat(agents.findValuesAsText("status")).containsOnly("finished");
        assertThat(reply.get("answer").asText()).contains("150 minutes");
        // Wall time against the slowest agent is a benchmark figure (docs/BENCHMARKS.md); at a few ms it is noise here.
        assertThat(reply.get("timingsMs").has("agents.wall")).isTrue();
        assertThat(reply.get("timingsMs").has("agents.slowest")).isTrue();
    }

    @Test
    void offTopicQuestionGetsNoVettedInformationInContemplatingMode() throws Exception {
        JsonNode reply = chat("What is the capital of France?", "contemplating");
        assertThat(reply.get("answer").asText()).contains("vetted information");
        assertThat(reply.get("citations")).isEmpty();
    }

    @Test
    void streamsThinkingSectionsAndEndsWithTheTrace() throws Exception {
        String events = new ChatClient(port).stream("What are the warning signs of a stroke and how much exercise "
                + "should adults get?", "thinking");
        assertThat(events).contains("event:meta").contains("event:delta").contains("event:citations").contains("event:done");
        String done = events.substring(events.indexOf("event:done"));
        assertThat(done).contains("\"subQuestions\"").contains("150 minutes");
    }

    @Test
    void searchInThinkingModeRanksThePassagesOfEveryPartItReads() throws Exception {
        String q = "/api/search?k=10&q=" + java.net.URLEncoder.encode(
                "What are the warning signs of a stroke and how much exercise should adults get?", "UTF-8");
        JsonNode thinking = new ChatClient(port).get(q + "&mode=thinking").get("hits");
        assertThat(thinking).hasSizeLessThanOrEqualTo(10);
        assertThat(thinking.findValuesAsText("docId").stream().distinct().limit(2)).containsExactlyInAnyOrder("tiny-stroke", "tiny-exercise");
    }

    @ParameterizedTest
    @ValueSource(strings = {"instant", "contemplating"})
    void searchInAModeRanksWhatThatModeReads(String mode) throws Exception {
        JsonNode hits = new ChatClient(port).get("/api/search?q=brain%20attack%20warning%20signs&k=3&mode=" + mode).get("hits");
        assertThat(hits.get(0).get("docId").asText()).isEqualTo("tiny-stroke");
        assertThat(hits.get(0).has("excerpt")).isTrue();
    }

    @Test
    void searchRejectsAnUnknownModeOrAModeOnAnotherCollection() throws Exception {
        ChatClient client = new ChatClient(port);
        assertThat(client.status("/api/search?q=stroke&mode=turbo")).isEqualTo(400);
        assertThat(client.status("/api/search?q=stroke&mode=thinking&collection=other")).isEqualTo(400);
    }

    @Test
    void capabilitiesOfferAllThreeModes() throws Exception {
        JsonNode modes = new ChatClient(port).get("/api/capabilities").get("modes");
        assertThat(modes.get("thinking").asBoolean()).isTrue();
        assertThat(modes.get("contemplating").asBoolean()).isTrue();
    }

    private JsonNode chat(String message, String mode) throws Exception {
        return new ChatClient(port).chat(message, mode);
    }
}
