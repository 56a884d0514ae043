package org.salus.assistant.modes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One turn's budget shared by a mode's agents: a deadline and the prompt tokens their LLM calls may spend together.
 * An agent asks before each call; once the time is up or the call would overrun the tokens, the answer is no and the
 * agent writes without the model, so an agent that outlives the budget never calls the LLM again.
 */
final class Budget {

    private final long deadline;
    private final AtomicLong tokens;

    private Budget(long deadline, long tokens) {
        this.deadline = deadline;
        this.tokens = new AtomicLong(tokens);
    }

    /** A budget starting now. */
    static Budget of(Duration time, long promptTokens) {
        return new Budget(System.nanoTime() + time.toNanos(), promptTokens);
    }

    long deadline() {
        return deadline;
    }

    boolean timeLeft() {
        return System.nanoTime() - deadline < 0;
    }

    /** Reserves {@code promptTokens} for one LLM call; false, reserving nothing, once the budget cannot pay for it. */
    boolean spend(int promptTokens) {
        if (!timeLeft()) {
            return false;
        }
        long cost = Math.max(1, promptTokens);
        long left = tokens.getAndUpdate(t -> t >= cost ? t - cost : t);
        return left >= cost;
    }
}
