package org.salus.assistant.llm;

import java.time.Duration;

/**
 * What {@link LlmStub} answers to one request: the reply text (streamed in small pieces when the client streams),
 * or an HTTP error, or a body that is not valid JSON; optionally after a delay, or stalling part-way through a
 * stream.
 */
public record LlmReply(String text, int status, boolean garbled, Duration delay, int stallAfterPieces,
                       Duration stall) {

    public static LlmReply text(String text) {
        return new LlmReply(text, 200, false, Duration.ZERO, -1, Duration.ZERO);
    }

    public static LlmReply status(int status) {
        return new LlmReply("", status, false, Duration.ZERO, -1, Duration.ZERO);
    }

    public static LlmReply malformed() {
        return new LlmReply("", 200, true, Duration.ZERO, -1, Duration.ZERO);
    }

    /** The same reply, sent only after {@code delay} (before any header). */
    public LlmReply after(Duration delay) {
        return new LlmReply(text, status, garbled, delay, stallAfterPieces, stall);
    }

    /** The same reply; a streaming client receives {@code pieces} pieces, then nothing for {@code stall}, then the rest. */
    public LlmReply stallingAfter(int pieces, Duration stall) {
        return new LlmReply(text, status, garbled, delay, pieces, stall);
    }
}
