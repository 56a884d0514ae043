package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.rag.RagSettings;
import org.salus.assistant.rag.TestPipelines;

class ThinkingModeTest {

    private static final Question QUESTION = new Question("What are the signs of a stroke?", "en", null, List.of());

    private static ThinkingMode mode(ContemplatingModeTest.CountingModel model, long retrievalMs, Duration budget) {
        RagPipeline pipeline = TestPipelines.withModel(ContemplatingModeTest.slowRetriever(retrievalMs), model);
        return new ThinkingMode(pipeline, new QuestionPlanner(Optional.empty()), budget, PromptEvidence.COMPRESSED,
                new RankFusion(RagSettings.defaults().fusion().k()), RagSettings.defaults().similarity().repeat());
    }

    @Test
    void composesWithTheModelWithinItsBudget() {
        var model = new ContemplatingModeTest.CountingModel();

        ModeResult result = mode(model, 0, Duration.ofSeconds(10)).run(QUESTION, s -> { });

        assertThat(model.calls).hasValue(1);
        assertThat(result.trace().budgetExceeded()).isFalse();
    }

    @Test
    void doesNotCallTheModelOnceTheTimeBudgetIsSpent() {
        var model = new ContemplatingModeTest.CountingModel();

        ModeResult result = mode(model, 600, Duration.ofMillis(150)).run(QUESTION, s -> { });

        assertThat(model.calls).as("LLM calls after the time budget was spent").hasValue(0);
        assertThat(result.trace().budgetExceeded()).isTrue();
        assertThat(result.answer().draft().notes()).anyMatch(n -> n.contains("time budget ran out"));
    }
}
