package org.salus.assistant.rag;

import org.springframework.boot.context.properties.bind.Binder;

/** The {@code salus.rag} defaults, bound as Spring binds them, for unit tests that build the stages by hand. */
public final class RagSettings {

    private RagSettings() {
    }

    public static RagProperties defaults() {
        return new Binder().bindOrCreate("salus.rag", RagProperties.class);
    }
}
