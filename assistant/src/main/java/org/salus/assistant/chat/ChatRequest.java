package org.salus.assistant.chat;

/**
 * The body of {@code POST /api/chat} and {@code /api/chat/stream}. Validation happens in {@link ChatRequests}
 * so every rule has one plain-words error message.
 */
public record ChatRequest(String message, String mode, String language, String sessionId, String image) {}
