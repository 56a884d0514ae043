package org.salus.assistant.chat;

/**
 * One named step of a chat turn, so that a turn reads as its list of steps: each reads and adds to the {@link Turn},
 * then either lets the next step run or finishes the reply, which skips every later step.
 */
interface TurnStep {

    /** What the step decided: go on with the next step, or the turn's reply is complete. */
    sealed interface Result {
    }

    /** The next step runs. */
    record Continue() implements Result {
    }

    /** The turn is over: later steps do not run and this is the reply. */
    record Finished(ChatReply reply) implements Result {
    }

    Result CONTINUE = new Continue();

    Result apply(Turn turn);

    /** The turn's reply as it stands, ending the turn. */
    static Result finish(Turn turn) {
        return new Finished(turn.reply());
    }
}
