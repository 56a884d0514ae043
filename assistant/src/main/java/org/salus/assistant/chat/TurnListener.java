package org.salus.assistant.chat;

import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;
import org.salus.assistant.reply.Citation;
import java.util.List;

/** Receives a turn's reply as it is produced, so the same code serves the JSON and the streaming endpoint. */
interface TurnListener {

    TurnListener NONE = new TurnListener() { };

    default void meta(Safety safety, String mode, ModelInfo model, String disclaimer) {
    }

    default void delta(String text) {
    }

    default void citations(List<Citation> citations) {
    }
}
