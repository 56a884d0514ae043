package org.salus.assistant.tools;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The health tools chosen by the configured language model through LangChain4j tool calling. The model only picks a
 * tool and its arguments; Salus runs the tool and words the whole reply from the data, and the model's own text is
 * never shown, so no number of the model's can reach the user. A reply without a tool call means "no tool" (the
 * library answers); a failed, late or garbled choice, an unknown tool or bad arguments fall back to the rules. A
 * message with no food, nutrient, muscle or exercise words is left to the rules without asking the model, so most
 * health questions cost no extra model call.
 */
final class ModelTools implements HealthTools {

    static final String SYSTEM = """
            You route health questions to Salus's data tools. Call nutrition_facts for calories or nutrients in foods, \
            comparisons of foods or what a meal contains; exercise_muscles for the muscles an exercise works; \
            exercises_for_muscles for exercises that train a body part. Give food and exercise names in English, even \
            when the question is in another language, and only amounts the user wrote. Salus computes every number \
            from the data, so do not answer the question yourself. If no tool fits, reply with the single word NONE.""";
    static final String CHOSEN = "tool chosen by the language model";
    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final ChatModel model;
    private final Duration timeout;
    private final HealthTools rules;
    private final ToolRunner runner;

    ModelTools(ChatModel model, Duration timeout, HealthTools rules, ToolRunner runner) {
        this.model = model;
        this.timeout = timeout;
        this.rules = rules;
        this.runner = runner;
    }

    @Override
    public Optional<ToolAnswer> answer(String message, String language) {
        if (!Vocabulary.of(language).mentionsTools(Text.normalise(message))) {
            return rules.answer(message, language);
        }
        AiMessage reply;
        try {
            reply = ask(message);
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return fallback(message, language, "the language model's tool choice failed (" + cause.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(message, language, "the language model's tool choice was interrupted");
        }
        if (reply == null || !reply.hasToolExecutionRequests()) {
            return Optional.empty();
        }
        ToolCall call;
        try {
            call = ModelToolCalls.read(reply.toolExecutionRequests(), message, language);
        } catch (ModelToolCalls.Rejected e) {
            return fallback(message, language, "the language model's tool call was not used: " + e.getMessage());
        }
        Optional<ToolAnswer> answer = runner.run(call, language);
        if (answer.isEmpty()) {
            return fallback(message, language, "the tool the language model chose found nothing");
        }
        return answer.map(a -> a.withNote(CHOSEN));
    }

    private AiMessage ask(String message) throws InterruptedException, ExecutionException, TimeoutException {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(SYSTEM), UserMessage.from(message))
                .toolSpecifications(ModelToolCalls.specifications())
                .build();
        Future<AiMessage> call = CALLS.submit(() -> model.chat(request).aiMessage());
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            call.cancel(true);
        }
    }

    private Optional<ToolAnswer> fallback(String message, String language, String why) {
        return rules.answer(message, language).map(a -> a.withNote("tool chosen by the rules: " + why));
    }
}
