package org.salus.assistant.chat;

import java.time.Instant;
import java.util.List;
import org.salus.assistant.privacy.ChatTranscriptReady;
import org.salus.assistant.reply.Citation;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the rest of the app that a turn ended, however it ended: {@link ChatTurnCompleted} (no content) after
 * every turn, {@link SourcesCited} and {@link ChatTranscriptReady} after one that was answered.
 */
final class PublishTurn {

    private final ApplicationEventPublisher events;

    PublishTurn(ApplicationEventPublisher events) {
        this.events = events;
    }

    void answered(Turn turn, ChatReply reply) {
        completed(turn, reply, null);
        List<SourcesCited.Source> sources = reply.citations().stream().filter(c -> c.version() != null)
                .map(c -> new SourcesCited.Source(c.docId(), c.version())).distinct().toList();
        if (!sources.isEmpty()) {
            events.publishEvent(new SourcesCited(sources));
        }
        // Stored only when an operator opts in, and then redacted by the transcript store before it is written.
        ChatRequests.Valid request = turn.request();
        events.publishEvent(new ChatTranscriptReady(Instant.now(), request.sessionId(), request.message(),
                reply.answer()));
    }

    void failed(Turn turn, RuntimeException error) {
        completed(turn, null, error.getClass().getSimpleName());
    }

    private void completed(Turn turn, ChatReply reply, String error) {
        ChatRequests.Valid request = turn.request();
        var s = reply == null ? null : reply.safety();
        events.publishEvent(new ChatTurnCompleted(Instant.now(), request.sessionId(), turn.channel(), request.mode(),
                request.language(), s == null ? null : s.action(), s == null ? null : s.urgency(),
                s == null ? List.of() : s.categories(), s == null ? null : s.policy(),
                reply == null ? List.of() : reply.citations().stream().map(Citation::docId).distinct().toList(),
                reply == null ? null : reply.model().provider(), (System.nanoTime() - turn.start()) / 1_000_000, error));
    }
}
