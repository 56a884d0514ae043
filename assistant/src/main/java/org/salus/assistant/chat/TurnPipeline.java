package org.salus.assistant.chat;

import java.util.List;

/**
 * A chat turn as a list of named steps (in the app: read the image, guard the input, say what the image shows,
 * answer with a tool, else from the corpus, list the citations, guard the output), run in order until one finishes
 * the reply; every turn, answered or failed, is then published.
 */
final class TurnPipeline {

    private final List<TurnStep> steps;
    private final PublishTurn publish;

    TurnPipeline(List<TurnStep> steps, PublishTurn publish) {
        this.steps = List.copyOf(steps);
        this.publish = publish;
    }

    List<TurnStep> steps() {
        return steps;
    }

    ChatReply run(ChatRequests.Valid request, TurnListener listener, String channel) {
        return run(new Turn(request, listener, channel));
    }

    /**
     * Answers {@code asked}, the request with context added by the channel (a patient's conditions), while only the
     * {@code request} as sent is published and can be kept as a transcript.
     */
    ChatReply run(ChatRequests.Valid request, ChatRequests.Valid asked, String channel) {
        return run(new Turn(request, asked, TurnListener.NONE, channel));
    }

    private ChatReply run(Turn turn) {
        try {
            ChatReply reply = answer(turn);
            publish.answered(turn, reply);
            return reply;
        } catch (RuntimeException e) {
            publish.failed(turn, e);
            throw e;
        }
    }

    private ChatReply answer(Turn turn) {
        for (TurnStep step : steps) {
            if (step.apply(turn) instanceof TurnStep.Finished finished) {
                return finished.reply();
            }
        }
        return turn.reply();
    }
}
