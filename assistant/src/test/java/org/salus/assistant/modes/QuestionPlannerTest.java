package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.RagSettings;

class QuestionPlannerTest {

    private static final String QUESTION = "what causes migraine and how is it treated?";

    private static ChatModel answering(String reply) {
        return new ChatModel() {
            @Override
            public String chat(String message) {
                if (reply == null) {
                    throw new IllegalStateException("model down");
                }
                return reply;
            }
        };
    }

    @Test
    void plansWithTheModelWhenOneIsConfigured() {
        var plan = new QuestionPlanner(Optional.of(answering("1. What causes migraine?\n2. How is migraine treated?\n")))
                .plan(QUESTION, "en");
        assertThat(plan.planner()).isEqualTo("llm");
        assertThat(plan.subQuestions()).containsExactly("What causes migraine?", "How is migraine treated?");
    }

    @Test
    void fallsBackToRulesWhenTheModelFails() {
        var plan = new QuestionPlanner(Optional.of(answering(null))).plan(QUESTION, "en");
        assertThat(plan.planner()).isEqualTo("rules");
        assertThat(plan.subQuestions()).containsExactly("What causes migraine?", "How is migraine treated?");
    }

    @Test
    void fallsBackToRulesWhenTheModelRambles() {
        String ramble = String.join("\n", java.util.Collections.nCopies(9, "Here is another thought about it"));
        assertThat(new QuestionPlanner(Optional.of(answering(ramble))).plan(QUESTION, "en").planner()).isEqualTo("rules");
    }

    @Test
    void fallsBackToRulesWhenThePlanAddsTopicsTheUserDidNotAsk() {
        var plan = new QuestionPlanner(Optional.of(answering("What causes migraine?\nTake ten aspirin tablets now")))
                .plan(QUESTION, "en");
        assertThat(plan.planner()).isEqualTo("rules");
    }

    @Test
    void usesRulesWithoutAModel() {
        assertThat(new QuestionPlanner(Optional.empty()).plan(QUESTION, "en").subQuestions()).hasSize(2);
    }

    @Test
    void thinkingReturnsANoteInsteadOfAnErrorWhenItsBudgetIsSpent() {
        var mode = new ThinkingMode(null, new QuestionPlanner(Optional.empty()), java.time.Duration.ZERO, PromptEvidence.COMPRESSED,
                new RankFusion(RagSettings.defaults().fusion().k()), RagSettings.defaults().similarity().repeat());
        ModeResult result = mode.run(new org.salus.assistant.rag.Question(QUESTION, "en", null, List.of()), s -> { });
        assertThat(result.trace().budgetExceeded()).isTrue();
        assertThat(result.trace().subQuestions()).allMatch(s -> s.status().contains("time budget"));
        assertThat(result.answer().draft().notes()).anyMatch(n -> n.contains("time budget"));
    }
}
