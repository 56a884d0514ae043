package org.salus.assistant.chat;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.salus.assistant.image.DecodedImage;
import org.salus.assistant.modes.AnswerMode;

/** Checks a chat request and resolves its defaults; every rejection says in plain words what to change. */
final class ChatRequests {

    static final Set<String> LANGUAGES = Set.of("en", "es");

    private ChatRequests() {
    }

    /**
     * Checks the request; an image is decoded last, by {@code images} (data URL and session id in, pixels out, a
     * 4xx {@link org.salus.assistant.web.ApiException} for a bad one), so text errors are reported before image work.
     */
    static Valid validate(ChatRequest request, int maxChars, BiFunction<String, String, DecodedImage> images) {
        if (request == null) {
            throw new BadChatRequest(400, "Missing body", "Send a JSON object with a 'message'.");
        }
        String message = request.message();
        boolean hasImage = request.image() != null && !request.image().isBlank();
        if ((message == null || message.isBlank()) && !hasImage) {
            throw new BadChatRequest(400, "Empty message", "The 'message' field must contain a question.");
        }
        message = message == null ? "" : message.strip();
        if (message.length() > maxChars) {
            throw new BadChatRequest(413, "Message too long",
                    "The message has " + message.length() + " characters; the limit is " + maxChars + ".");
        }
        String mode = request.mode() == null || request.mode().isBlank() ? AnswerMode.INSTANT.id()
                : request.mode().strip().toLowerCase(Locale.ROOT);
        if (AnswerMode.byId(mode).isEmpty()) {
            throw new BadChatRequest(400, "Unknown mode", "'mode' must be one of instant, thinking, contemplating.");
        }
        String language = request.language() == null || request.language().isBlank() ? "en"
                : request.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new BadChatRequest(400, "Unsupported language", "'language' must be 'en' or 'es'.");
        }
        String session = request.sessionId() == null || request.sessionId().isBlank() ? null : request.sessionId();
        if (session != null && session.length() > 200) {
            throw new BadChatRequest(400, "Session id too long", "'sessionId' must be at most 200 characters.");
        }
        if (session != null && !org.salus.assistant.privacy.SessionTokens.wellFormed(session)) {
            throw new BadChatRequest(400, "Bad session id", "'sessionId' must not contain control characters.");
        }
        return new Valid(message, mode, language, session, hasImage ? images.apply(request.image(), session) : null);
    }

    /** A request that passed validation, with defaults applied and its image (if any) decoded. */
    record Valid(String message, String mode, String language, String sessionId, DecodedImage image) {

        Valid withMessage(String text) {
            return new Valid(text, mode, language, sessionId, image);
        }
    }
}
