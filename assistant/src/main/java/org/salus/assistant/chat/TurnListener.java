package org.salus.assistant.chat;

import java.util.List;

/** Receives a turn's reply as it is produced, so the same code serves the JSON and the streaming endpoint. */
interface TurnListener {

    TurnListener NONE = new TurnListener() { };

    default void meta(ChatReply.Safety safety, String mode, ChatReply.ModelInfo model, String disclaimer) {
    }

    default void delta(String text) {
    }

    default void citations(List<ChatReply.Citation> citations) {
    }
}
