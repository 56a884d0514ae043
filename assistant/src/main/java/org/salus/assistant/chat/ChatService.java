package org.salus.assistant.chat;

import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.image.ImageInput;
import org.springframework.stereotype.Service;

/**
 * The chat's one entry point for the API and the app's other channels: a request is checked (bad input is a 4xx
 * before any answer starts), then answered by the {@link TurnPipeline}.
 */
@Service
public class ChatService {

    private final TurnPipeline pipeline;
    private final ImageInput images;
    private final int maxChars;
    private final TurnSlots slots;

    ChatService(TurnPipeline pipeline, SalusProperties properties, ImageInput images) {
        this.pipeline = pipeline;
        this.images = images;
        this.maxChars = properties.chat().maxMessageChars();
        this.slots = new TurnSlots(properties.chat().maxConcurrentTurns());
    }

    /**
     * Answers one question for another channel of the app (FHIR, CDS Hooks, …) with the same validation, safety and
     * grounding as the chat API; invalid input throws an {@link org.salus.assistant.web.ApiException}.
     */
    public ChatReply answer(ChatRequest request, String channel) {
        return handle(validate(request), TurnListener.NONE, channel);
    }

    /**
     * Answers a question together with context the channel adds for retrieval (a patient's conditions and medicines
     * from an EHR): the context helps find the passages but is never published with the turn, so it cannot reach a
     * stored transcript. Context that would take the message over the length limit is left out.
     */
    public ChatReply answer(ChatRequest request, String context, String channel) {
        ChatRequests.Valid valid = validate(request);
        if (context == null || context.isBlank()) {
            return handle(valid, TurnListener.NONE, channel);
        }
        String withContext = valid.message().strip() + "\n\n" + context;
        ChatRequests.Valid asked = withContext.length() <= maxChars ? valid.withMessage(withContext) : valid;
        return pipeline.run(valid, asked, channel);
    }

    /**
     * Checks a request and decodes its image, so that bad input is a 4xx before any answer starts. An image alone
     * sent to a server that reads none is refused; with a message, the message is still answered.
     */
    ChatRequests.Valid validate(ChatRequest request) {
        ChatRequests.Valid valid = ChatRequests.validate(request, maxChars, images::decode);
        if (valid.image() != null && valid.message().isBlank() && !images.available()) {
            throw images.unavailable(valid.sessionId());
        }
        return valid;
    }

    ChatReply handle(ChatRequests.Valid request, TurnListener listener, String channel) {
        return handle(request, listener, channel, admit());
    }

    /** Takes a turn slot (a 503 when none is free) before a stream starts, so a busy server says so with a status. */
    TurnSlots.Slot admit() {
        return slots.take();
    }

    ChatReply handle(ChatRequests.Valid request, TurnListener listener, String channel, TurnSlots.Slot slot) {
        try (slot) {
            return pipeline.run(request, listener, channel);
        }
    }
}
