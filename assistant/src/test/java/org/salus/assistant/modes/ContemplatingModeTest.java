package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Draft;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.PassageRetriever;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.rag.RagSettings;
import org.salus.assistant.rag.TestPipelines;
import org.salus.kb.search.ScoredPassage;

class ContemplatingModeTest {

    private static final ScoredPassage SIGNS = JudgeTest.passage("stroke#1", "stroke",
            "Stroke warning signs include sudden numbness or weakness of the face, arm or leg.");
    private static final ScoredPassage CARE = JudgeTest.passage("stroke#2", "stroke",
            "People having a stroke need emergency care right away.");
    private static final RankFusion FUSION = new RankFusion(RagSettings.defaults().fusion().k());
    private static final Judge JUDGE = new Judge(RagSettings.defaults().similarity().sameClaim());
    private static final long TOKENS = 12_000;
    private static final Question QUESTION = new Question("What are the signs of a stroke?", "en", null, List.of());

    /** An agent that waits {@code ms}, then cites the given passages, one sentence each. */
    record Fixed(String name, long ms, List<ScoredPassage> cites, boolean fails) implements Agent {
        @Override
        public String strategy() {
            return "fixed";
        }

        @Override
        public List<ScoredPassage> rank(Question question, SharedRetrieval retrieval) {
            if (fails) {
                throw new IllegalStateException("agent failure");
            }
            return cites;
        }

        @Override
        public Work work(Question question, SharedRetrieval retrieval, Budget budget) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            if (fails) {
                throw new IllegalStateException("agent failure");
            }
            Function<Integer, AnswerSentence> cite = n -> new AnswerSentence(cites.get(n).passage().text(), List.of(n + 1));
            List<AnswerSentence> sentences = java.util.stream.IntStream.range(0, cites.size()).boxed().map(cite).toList();
            return new Work(new Evidence(cites, true), new Draft(sentences, "extractive", "salus-extractive-1", List.of()),
                    new ModeTrace.PromptTokens(10, 40));
        }
    }

    @Test
    void keepsOnlyClaimsTwoAgentsMakeAndSurvivesAFailingAgent() {
        var mode = new ContemplatingMode(List.of(
                new Fixed("lexical", 5, List.of(SIGNS, CARE), false),
                new Fixed("semantic", 5, List.of(SIGNS), false),
                new Fixed("broken", 5, List.of(SIGNS), true)), null, Duration.ofSeconds(5), TOKENS, FUSION, JUDGE);

        ModeResult result = mode.run(QUESTION, s -> { });

        assertThat(result.answer().draft().sentences()).extracting(AnswerSentence::text).containsExactly(SIGNS.passage().text());
        assertThat(result.answer().draft().notes()).anyMatch(n -> n.contains("disagreed on 1 statement"));
        assertThat(result.trace().agents()).extracting(ModeTrace.AgentVote::status)
                .containsExactly("finished", "finished", "failed (IllegalStateException)");
        assertThat(result.trace().agents().getFirst()).extracting(ModeTrace.AgentVote::proposed, ModeTrace.AgentVote::kept)
                .containsExactly(2, 1);
    }

    @Test
    void ranksFirstWhatSeveralAgentsReadAndLeavesOutAFailingAgent() {
        var mode = new ContemplatingMode(List.of(
                new Fixed("lexical", 0, List.of(SIGNS, CARE), false),
                new Fixed("semantic", 0, List.of(CARE), false),
                new Fixed("broken", 0, List.of(SIGNS), true)), null, Duration.ofSeconds(5), TOKENS, FUSION, JUDGE);

        assertThat(mode.ranking(QUESTION)).extracting(p -> p.passage().id()).containsExactly("stroke#2", "stroke#1");
    }

    @Test
    void runsAgentsInParallelWithinOneAndAHalfTimesTheSlowest() {
        var mode = new ContemplatingMode(List.of(
                new Fixed("a", 1_000, List.of(SIGNS), false), new Fixed("b", 1_000, List.of(SIGNS), false),
                new Fixed("c", 1_000, List.of(SIGNS), false), new Fixed("d", 1_000, List.of(SIGNS), false)), null, Duration.ofSeconds(5), TOKENS, FUSION, JUDGE);

        ModeResult result = mode.run(QUESTION, s -> { });

        long wall = result.answer().timingsMs().get("agents.wall");
        long slowest = result.answer().timingsMs().get("agents.slowest");
        assertThat(slowest).isGreaterThanOrEqualTo(1_000);
        assertThat(wall).isLessThanOrEqualTo((long) (1.5 * slowest));
    }

    @Test
    void returnsTheBestDraftSoFarWithANoteWhenTheBudgetRunsOut() {
        var mode = new ContemplatingMode(List.of(
                new Fixed("quick", 5, List.of(SIGNS), false),
                new Fixed("slow", 5_000, List.of(SIGNS), false)), null, Duration.ofMillis(300), TOKENS, FUSION, JUDGE);

        long start = System.nanoTime();
        ModeResult result = mode.run(QUESTION, s -> { });

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(result.trace().budgetExceeded()).isTrue();
        assertThat(result.answer().draft().sentences()).extracting(AnswerSentence::text).containsExactly(SIGNS.passage().text());
        assertThat(result.answer().draft().notes()).anyMatch(n -> n.contains("time budget"));
        assertThat(result.trace().agents()).extracting(ModeTrace.AgentVote::status).containsExactly("finished", "timed out");
    }

    /** A language model that counts its calls and answers with the first passage, cited. */
    static final class CountingModel implements ChatModel {

        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            return ChatResponse.builder().aiMessage(AiMessage.from(SIGNS.passage().text() + " [1]")).build();
        }
    }

    /** A retriever as slow as a busy search, which (like Lucene) does not stop when its thread is interrupted. */
    static PassageRetriever slowRetriever(long ms) {
        return (question, k) -> {
            long until = System.nanoTime() + ms * 1_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return List.of(SIGNS, CARE);
        };
    }

    private static ContemplatingMode withModel(CountingModel model, long retrievalMs, Duration time, long tokens) {
        RagPipeline pipeline = TestPipelines.withModel(slowRetriever(retrievalMs), model);
        return new ContemplatingMode(Agent.standard(pipeline, PromptEvidence.COMPRESSED), pipeline, time, tokens, FUSION, JUDGE);
    }

    @Test
    void everyAgentCallsTheModelOnceWhenTheBudgetAllows() {
        CountingModel model = new CountingModel();

        ModeResult result = withModel(model, 0, Duration.ofSeconds(10), TOKENS).run(QUESTION, s -> { });

        assertThat(model.calls).hasValue(4);
        assertThat(result.answer().draft().provider()).isEqualTo("test");
    }

    @Test
    void agentsStillRunningWhenTheTimeIsUpNeverCallTheModel() throws InterruptedException {
        CountingModel model = new CountingModel();

        ModeResult result = withModel(model, 600, Duration.ofMillis(150), TOKENS).run(QUESTION, s -> { });
        Thread.sleep(1_200);

        assertThat(result.trace().budgetExceeded()).isTrue();
        assertThat(model.calls).as("LLM calls after the time budget was spent").hasValue(0);
    }

    @Test
    void agentsStopCallingTheModelOnceTheTokenBudgetIsSpent() {
        CountingModel unlimited = new CountingModel();
        ModeResult full = withModel(unlimited, 0, Duration.ofSeconds(10), TOKENS).run(QUESTION, s -> { });
        int perCall = full.trace().promptTokens().compressed();
        assertThat(perCall).isPositive();

        CountingModel model = new CountingModel();
        ModeResult result = withModel(model, 0, Duration.ofSeconds(10), perCall * 2L + perCall / 2).run(QUESTION, s -> { });

        assertThat(model.calls).as("calls the budget of two and a half prompts pays for").hasValue(2);
        assertThat(result.answer().draft().notes()).filteredOn(n -> n.contains("budget was spent")).hasSize(2);
        assertThat(result.answer().draft().sentences()).as("the agents without the model still answer").isNotEmpty();
    }
}
