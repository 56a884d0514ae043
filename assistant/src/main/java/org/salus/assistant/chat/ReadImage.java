package org.salus.assistant.chat;

import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.image.ImageInput;
import org.salus.assistant.image.ImageReading;
import org.salus.assistant.safety.SafetyGate;
import org.salus.guardrails.decision.Action;

/**
 * Reads the turn's image, if any, so that the turn asks about what was found in it and the guardrails see the
 * message together with what was read; a message that needs escalating or refusing is answered without reading it.
 */
final class ReadImage implements TurnStep {

    private final SafetyGate safety;
    private final ImageInput images;
    private final LocalisedText texts;

    ReadImage(SafetyGate safety, ImageInput images, LocalisedText texts) {
        this.safety = safety;
        this.images = images;
        this.texts = texts;
    }

    @Override
    public Result apply(Turn turn) {
        ChatRequests.Valid request = turn.request();
        if (request.image() == null) {
            return CONTINUE;
        }
        if (!images.available()) {
            images.skipped(request.sessionId(), "unavailable");
            turn.imageNotRead("the image was not read: this server does not read images");
            return CONTINUE;
        }
        if (!request.message().isBlank()) {
            Action action = safety.assess(request.message(), request.language(), null).action();
            if (action == Action.ESCALATE || action == Action.REFUSE) {
                images.skipped(request.sessionId(), "not_read");
                turn.imageNotRead("the image was not read: the message needed this answer first");
                return CONTINUE;
            }
        }
        long start = System.nanoTime();
        ImageReading reading = images.read(request.image(), request.language(), request.sessionId());
        turn.imageRead(ImageTurn.of(reading, request.message(), request.language(), texts,
                (System.nanoTime() - start) / 1_000_000));
        return CONTINUE;
    }
}
