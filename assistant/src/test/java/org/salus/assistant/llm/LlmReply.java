package org.salus.assistant.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link LlmStub} answers to one request: the reply text (streamed in small pieces when the client streams),
 * optionally with tool calls, or an HTTP error, or a body that is not valid JSON; optionally after a delay, or
 * stalling part-way through a stream.
 */
public record LlmReply(String text, int status, boolean garbled, Duration delay, int stallAfterPieces,
                       Duration stall, List<ToolCall> toolCalls) {

    /** One tool call of a reply: the tool's name and its arguments exactly as the model would send them (JSON text). */
    public record ToolCall(String name, String arguments) {}

    public static LlmReply text(String text) {
        return new LlmReply(text, 200, false, Duration.ZERO, -1, Duration.ZERO, List.of());
    }

    public static LlmReply status(int status) {
        return new LlmReply("", status, false, Duration.ZERO, -1, Duration.ZERO, List.of());
    }

    public static LlmReply malformed() {
        return new LlmReply("", 200, true, Duration.ZERO, -1, Duration.ZERO, List.of());
    }

    /** A reply that calls one tool, with no text. */
    public static LlmReply toolCall(String name, String arguments) {
        return text("").andToolCall(name, arguments);
    }

    /** The same reply, also calling a tool. */
    public LlmReply andToolCall(String name, String arguments) {
        List<ToolCall> calls = new ArrayList<>(toolCalls);
        calls.add(new ToolCall(name, arguments));
        return new LlmReply(text, status, garbled, delay, stallAfterPieces, stall, List.copyOf(calls));
    }

    /** The same reply, sent only after {@code delay} (before any header). */
    public LlmReply after(Duration delay) {
        return new LlmReply(text, status, garbled, delay, stallAfterPieces, stall, toolCalls);
    }

    /** The same reply; a streaming client receives {@code pieces} pieces, then nothing for {@code stall}, then the rest. */
    public LlmReply stallingAfter(int pieces, Duration stall) {
        return new LlmReply(text, status, garbled, delay, pieces, stall, toolCalls);
    }
}
