package org.salus.assistant.kb;

import org.salus.assistant.web.ApiException;

/** Every embedding slot stayed taken for {@code salus.embedding.max-wait}: the request is refused with 503. */
public final class EmbeddingBusy extends ApiException {

    EmbeddingBusy() {
        super(503, "Busy", "The assistant is answering as many questions as it can. Please try again in a moment.");
    }
}
