package org.salus.assistant.edge;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request bodies accepted, checked before anything is parsed: chat carries an image as a data URL, so it
 * gets more room than every other endpoint. Voice uploads are capped by {@code salus.speech.max-bytes}.
 *
 * @param maxBody the largest body of any endpoint but chat and voice
 * @param maxChatBody the largest body of {@code POST /api/chat} and {@code /api/chat/stream}
 */
@Validated
@ConfigurationProperties("salus.http")
public record HttpLimitsProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBody,
        @NotNull @DefaultValue("8MB") DataSize maxChatBody) {

    public HttpLimitsProperties {
        if (maxBody != null && (maxBody.toBytes() < 16 * 1024 || maxBody.toMegabytes() > 64)) {
            throw new IllegalArgumentException("salus.http.max-body must be between 16KB and 64MB");
        }
        if (maxChatBody != null && (maxChatBody.toBytes() < 16 * 1024 || maxChatBody.toMegabytes() > 64)) {
            throw new IllegalArgumentException("salus.http.max-chat-body must be between 16KB and 64MB");
        }
    }
}
