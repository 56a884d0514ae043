package org.salus.assistant.chat;

import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;
import org.salus.assistant.reply.Citation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code POST /api/chat} (one JSON reply) and {@code POST /api/chat/stream} (server-sent events). */
@RestController
@RequestMapping("/api/chat")
class ChatController {

    private final ChatService chat;
    private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

    ChatController(ChatService chat) {
        this.chat = chat;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ChatReply chat(@RequestBody ChatRequest request) {
        return chat.handle(chat.validate(request), TurnListener.NONE, "api");
    }

    @PostMapping(path = "/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request) {
        ChatRequests.Valid valid = chat.validate(request);
        SseEmitter emitter = new SseEmitter(120_000L);
        streams.submit(() -> {
            SseListener listener = new SseListener(emitter);
            try {
                ChatReply reply = chat.handle(valid, listener, "stream");
                listener.send("done", reply);
                emitter.complete();
            } catch (RuntimeException e) {
                listener.send("error", Map.of("title", "The answer could not be completed",
                        "detail", "Something went wrong on our side. Please try again.", "status", 500));
                emitter.complete();
            }
        });
        return emitter;
    }

    /** Sends each piece of a turn as a named event; a client that went away just stops receiving. */
    private record SseListener(SseEmitter emitter) implements TurnListener {

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

        void send(String event, Object data) {
            try {
                emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client disconnected; the turn finishes without it.
            }
        }
    }
}
