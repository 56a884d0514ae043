package org.salus.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.Optional;

/** The configured chat models (absent with provider {@code none}) and how replies name them. */
public record LlmModels(LlmProperties properties, ChatModel chat, StreamingChatModel streaming) {

    public Optional<ChatModel> chatModel() {
        return Optional.ofNullable(chat);
    }

    public Optional<StreamingChatModel> streamingModel() {
        return Optional.ofNullable(streaming);
    }

    public String provider() {
        return chat == null ? "extractive" : properties.provider();
    }

    public String modelName() {
        return chat == null ? "salus-extractive-1" : properties.model();
    }
}
