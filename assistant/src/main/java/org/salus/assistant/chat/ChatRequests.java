package org.salus.assistant.chat;

import java.util.Locale;
import java.util.Set;

/** Checks a chat request and resolves its defaults; every rejection says in plain words what to change. */
final class ChatRequests {

    static final Set<String> MODES = Set.of("instant", "thinking", "contemplating");
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private ChatRequests() {
    }

    static Valid validate(ChatRequest request, int maxChars) {
        if (request == null) {
            throw new BadChatRequest(400, "Missing body", "Send a JSON object with a 'message'.");
        }
        String message = request.message();
        if ((message == null || message.isBlank()) && (request.image() == null || request.image().isBlank())) {
            throw new BadChatRequest(400, "Empty message", "The 'message' field must contain a question.");
        }
        message = message == null ? "" : message.strip();
        if (message.length() > maxChars) {
            throw new BadChatRequest(413, "Message too long",
                    "The message has " + message.length() + " characters; the limit is " + maxChars + ".");
        }
        String mode = request.mode() == null || request.mode().isBlank() ? "instant" : request.mode().strip().toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new BadChatRequest(400, "Unknown mode", "'mode' must be one of instant, thinking, contemplating.");
        }
        String language = request.language() == null || request.language().isBlank() ? "en"
                : request.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new BadChatRequest(400, "Unsupported language", "'language' must be 'en' or 'es'.");
        }
        String session = request.sessionId();
        if (session != null && session.length() > 200) {
            throw new BadChatRequest(400, "Session id too long", "'sessionId' must be at most 200 characters.");
        }
        return new Valid(message, mode, language, session, request.image());
    }

    /** A request that passed validation, with defaults applied. */
    record Valid(String message, String mode, String language, String sessionId, String image) {}
}
