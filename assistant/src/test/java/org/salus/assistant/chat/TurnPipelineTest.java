package org.salus.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.privacy.ChatTranscriptReady;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;
import org.salus.assistant.safety.SafetyGate;
import org.salus.assistant.safety.TurnSafety;
import org.salus.assistant.tools.HealthTools;
import org.salus.assistant.tools.ToolAnswer;

/** The turn's steps run in order, a step that finishes the reply ends the turn, and every turn is published. */
class TurnPipelineTest {

    private static final Safety ANSWER = new Safety("answer", "none", List.of(), "test@1", null, null);
    private static final Citation FOOD = new Citation(1, "fdc-09003", "09003", "Apple, raw", null, "USDA", null,
            "Fibre 2.4 g", "demo");

    private final List<String> ran = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final List<String> reviewed = new ArrayList<>();
    private final List<List<Citation>> listed = new ArrayList<>();
    private final StringBuilder streamed = new StringBuilder();
    private int toolCalls;

    private final TurnListener listener = new TurnListener() {
        @Override
        public void delta(String text) {
            streamed.append(text);
        }

        @Override
        public void citations(List<Citation> citations) {
            listed.add(citations);
        }
    };

    /** Output guardrails that mark what they reviewed. */
    private final SafetyGate safety = new SafetyGate() {
        @Override
        public TurnSafety assess(String message, String language, float[] queryEmbedding) {
            return new TurnSafety(ANSWER, Optional.empty(), Optional.empty(), "", null);
        }

        @Override
        public String review(String message, String language, TurnSafety input, String answer) {
            reviewed.add(answer);
            return answer + " (reviewed)";
        }

        @Override
        public String disclaimer(String language) {
            return "General information, not medical advice.";
        }

        @Override
        public String neutraliseCorpusText(String passage) {
            return passage;
        }
    };

    private final HealthTools tools = (message, language) -> {
        toolCalls++;
        return message.contains("fibre")
                ? Optional.of(new ToolAnswer("nutrition", "An apple has 2.4 g of fibre [1].", List.of(FOOD),
                        List.of(Map.of("type", "nutrition")), true, List.of("rules chose nutrition")))
                : Optional.empty();
    };

    @Test
    void runsTheStepsInOrderUntilTheOutputGuardFinishesTheReply() {
        TurnPipeline pipeline = pipeline(decide(), step("before tools"), new AnswerWithTools(tools, LocalisedText.load("salus/texts")),
                step("after tools"), new ListCitations(), new GuardOutput(safety), step("after the reply"));

        ChatReply reply = pipeline.run(request("How much fibre is in an apple?"), listener, "test");

        assertThat(ran).containsExactly("decide", "before tools", "after tools");
        assertThat(streamed).hasToString("An apple has 2.4 g of fibre [1].");
        assertThat(listed).containsExactly(List.of(FOOD));
        assertThat(reviewed).containsExactly("An apple has 2.4 g of fibre [1].");
        assertThat(reply.answer()).isEqualTo("An apple has 2.4 g of fibre [1]. (reviewed)");
        assertThat(reply.model()).isEqualTo(new ModelInfo("tools", "nutrition"));
        assertThat(reply.disclaimer()).isEqualTo("General information, not medical advice. "
                + LocalisedText.load("salus/texts").get("en", "demo-content"));
        assertThat(reply.notes()).containsExactly("rules chose nutrition");
        assertThat(reply.timingsMs()).containsKey("total");
    }

    @Test
    void aStepThatFinishesTheTurnStopsTheLaterSteps() {
        TurnStep guardrailsAnswer = turn -> {
            ran.add("guardrails answer");
            turn.draft().paragraph("Call your local emergency number now.");
            return TurnStep.finish(turn);
        };
        TurnPipeline pipeline = pipeline(decide(), guardrailsAnswer, new AnswerWithTools(tools, LocalisedText.load("salus/texts")),
                step("corpus"), new ListCitations(), new GuardOutput(safety));

        ChatReply reply = pipeline.run(request("How much fibre is in an apple?"), listener, "test");

        assertThat(ran).containsExactly("decide", "guardrails answer");
        assertThat(toolCalls).isZero();
        assertThat(listed).isEmpty();
        assertThat(reviewed).isEmpty();
        assertThat(reply.answer()).isEqualTo("Call your local emergency number now.");
        assertThat(reply.citations()).isEmpty();
        assertThat(reply.model()).isEqualTo(new ModelInfo("extractive", "test"));
    }

    @Test
    void aTurnThatFinishedEarlyIsPublishedLikeAnyOther() {
        TurnPipeline pipeline = pipeline(decide(), TurnStep::finish, step("never"));

        ChatReply reply = pipeline.run(request("Hello"), TurnListener.NONE, "api");

        assertThat(ran).containsExactly("decide");
        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOfSatisfying(ChatTurnCompleted.class, event -> {
            assertThat(event.channel()).isEqualTo("api");
            assertThat(event.action()).isEqualTo("answer");
            assertThat(event.provider()).isEqualTo("extractive");
            assertThat(event.errorClass()).isNull();
        });
        assertThat(published.get(1)).isInstanceOfSatisfying(ChatTranscriptReady.class, event -> {
            assertThat(event.message()).isEqualTo("Hello");
            assertThat(event.answer()).isEqualTo(reply.answer());
        });
    }

    @Test
    void contextAddedByTheChannelIsAnsweredButNeverPublished() {
        List<String> asked = new ArrayList<>();
        TurnStep answering = turn -> {
            asked.add(turn.asked().message());
            return TurnStep.CONTINUE;
        };
        TurnPipeline pipeline = pipeline(decide(), answering, TurnStep::finish);
        ChatRequests.Valid question = request("Can I take ibuprofen?");

        pipeline.run(question, question.withMessage("Can I take ibuprofen?\n\n(Chronic kidney disease; Warfarin)"), "fhir");

        assertThat(asked).containsExactly("Can I take ibuprofen?\n\n(Chronic kidney disease; Warfarin)");
        assertThat(published.get(1)).isInstanceOfSatisfying(ChatTranscriptReady.class,
                event -> assertThat(event.message()).isEqualTo("Can I take ibuprofen?"));
        assertThat(published.toString()).doesNotContain("kidney").doesNotContain("Warfarin");
    }

    @Test
    void aFailedTurnIsPublishedWithItsErrorAndRethrown() {
        TurnStep failing = turn -> {
            throw new IllegalStateException("the index is gone");
        };
        TurnPipeline pipeline = pipeline(decide(), failing, step("never"));

        assertThatThrownBy(() -> pipeline.run(request("Hello"), TurnListener.NONE, "api"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ran).containsExactly("decide");
        assertThat(published).singleElement().isInstanceOfSatisfying(ChatTurnCompleted.class, event -> {
            assertThat(event.errorClass()).isEqualTo("IllegalStateException");
            assertThat(event.action()).isNull();
        });
    }

    @Test
    void theAppRunsTheStepsOfTheIssueInOrder() {
        TurnPipeline pipeline = new ChatConfiguration().turnPipeline(safety, null, null, tools, null, null,
                published::add);

        assertThat(pipeline.steps()).extracting(step -> step.getClass().getSimpleName()).containsExactly(
                "ReadImage", "GuardInput", "DescribeImage", "AnswerWithTools", "AnswerFromCorpus", "ListCitations",
                "GuardOutput");
    }

    /** Stands in for the input guard: the guardrails let the message be answered. */
    private TurnStep decide() {
        return turn -> {
            ran.add("decide");
            turn.decided(null, safety.assess(turn.asked().message(), turn.language(), null),
                    new ModelInfo("extractive", "test"), safety.disclaimer(turn.language()));
            return TurnStep.CONTINUE;
        };
    }

    private TurnStep step(String name) {
        return turn -> {
            ran.add(name);
            return TurnStep.CONTINUE;
        };
    }

    private TurnPipeline pipeline(TurnStep... steps) {
        return new TurnPipeline(List.of(steps), new PublishTurn(published::add));
    }

    private static ChatRequests.Valid request(String message) {
        return new ChatRequests.Valid(message, "instant", "en", "session-1", null);
    }
}
