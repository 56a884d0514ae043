package org.salus.assistant.reply;

/** Which composer wrote the answer. */
public record ModelInfo(String provider, String name) {
}
