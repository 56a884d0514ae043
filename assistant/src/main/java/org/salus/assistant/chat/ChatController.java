package org.salus.assistant.chat;

import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.privacy.SessionTokens;
import org.salus.assistant.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code POST /api/chat} (one JSON reply) and {@code POST /api/chat/stream} (server-sent events). A stream takes its
 * turn slot before it starts (503 when none is free), and its turn is cancelled once the client has gone.
 */
@RestController
@RequestMapping("/api/chat")
class ChatController {

    /** How often an open stream is probed with an SSE comment, so a client that left is noticed while a turn waits. */
    private static final long HEARTBEAT_MS = 1_000;
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("salus-sse-heartbeat").daemon().factory());

    private final ChatService chat;
    private final SessionTokens tokens;

    ChatController(ChatService chat, SessionTokens tokens) {
        this.chat = chat;
        this.tokens = tokens;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ChatReply chat(@RequestBody ChatRequest request, HttpServletResponse response) {
        ChatRequests.Valid valid = chat.validate(request);
        handOutToken(valid, response);
        return chat.handle(valid, TurnListener.NONE, "api");
    }

    @PostMapping(path = "/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request, HttpServletResponse response) {
        ChatRequests.Valid valid = chat.validate(request);
        TurnSlots.Slot slot = chat.admit();
        handOutToken(valid, response);
        SseEmitter emitter = new SseEmitter(120_000L);
        SseListener listener = new SseListener(emitter, new AtomicBoolean());
        var heartbeat = new java.util.concurrent.atomic.AtomicReference<ScheduledFuture<?>>();
        Thread worker = Thread.ofVirtual().name("salus-stream").unstarted(() -> {
            try {
                ChatReply reply = chat.handle(valid, listener, "stream", slot);
                listener.send("done", reply);
                emitter.complete();
            } catch (RuntimeException e) {
                if (!listener.gone().get()) {
                    try {
                        listener.send("error", e instanceof ApiException refused
                                ? Map.of("title", refused.title(), "detail", refused.getMessage(), "status", refused.status())
                                : Map.of("title", "The answer could not be completed",
                                        "detail", "Something went wrong on our side. Please try again.", "status", 500));
                    } catch (TurnCancelled gone) {
                        // The client left while the error was being sent.
                    }
                }
                emitter.complete();
            } finally {
                slot.close();
                heartbeat.get().cancel(false);
            }
        });
        Runnable cancel = () -> {
            if (listener.gone().compareAndSet(false, true)) {
                worker.interrupt();
            }
        };
        heartbeat.set(HEARTBEATS.scheduleAtFixedRate(() -> {
            if (!listener.probe()) {
                cancel.run();
                heartbeat.get().cancel(false);
            }
        }, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS));
        emitter.onError(e -> cancel.run());
        emitter.onTimeout(cancel);
        worker.start();
        return emitter;
    }

    /** The session's proof for {@code DELETE /api/sessions/{id}}, with every reply that names a session. */
    private void handOutToken(ChatRequests.Valid valid, HttpServletResponse response) {
        if (valid.sessionId() != null) {
            response.setHeader(SessionTokens.HEADER, tokens.issue(valid.sessionId()));
        }
    }

    /**
     * Sends each piece of a turn as a named event; once a send fails the client is gone, and the next piece ends the
     * turn by throwing {@link TurnCancelled}.
     */
    private record SseListener(SseEmitter emitter, AtomicBoolean gone) implements TurnListener {

        @Override
        public void meta(Safety safety, String mode, ModelInfo model, String disclaimer) {
            Map<String, Object> meta = new java.util.LinkedHashMap<>();
            meta.put("safety", safety);
            meta.put("mode", mode);
            meta.put("model", model);
            meta.put("disclaimer", disclaimer);
            send("meta", meta);
        }

        @Override
        public void delta(String text) {
            send("delta", Map.of("text", text));
        }

        @Override
        public void citations(List<Citation> citations) {
            send("citations", Map.of("citations", citations));
        }

        /** Writes an SSE comment; false once the client is gone. */
        boolean probe() {
            if (gone.get()) {
                return false;
            }
            try {
                emitter.send(SseEmitter.event().comment(""));
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        void send(String event, Object data) {
            if (gone.get()) {
                throw new TurnCancelled();
            }
            try {
                emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                gone.set(true);
                throw new TurnCancelled();
            }
        }
    }

    /** The stream's client disconnected: the turn stops at its next piece instead of running on for nobody. */
    static final class TurnCancelled extends RuntimeException {
        TurnCancelled() {
            super("client disconnected", null, false, false);
        }
    }
}
