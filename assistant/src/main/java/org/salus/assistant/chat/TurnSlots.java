package org.salus.assistant.chat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.salus.assistant.web.ApiException;

/**
 * Bounds the turns answered at once (JSON, streams, FHIR, CDS Hooks): past the bound a request is refused with 503
 * straight away instead of joining a queue that grows with the load.
 */
final class TurnSlots {

    private final Semaphore slots;

    TurnSlots(int max) {
        this.slots = new Semaphore(max);
    }

    /** A slot for one turn, or a 503 {@link ApiException} when every slot is taken. */
    Slot take() {
        if (!slots.tryAcquire()) {
            throw new ApiException(503, "Busy", "The assistant is answering as many questions as it can. Please try again in a moment.");
        }
        return new Slot(slots);
    }

    int free() {
        return slots.availablePermits();
    }

    /** One taken slot; closing it (once) frees it. */
    static final class Slot implements AutoCloseable {

        private final Semaphore slots;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
