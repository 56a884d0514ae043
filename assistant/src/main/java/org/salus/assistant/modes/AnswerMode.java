package org.salus.assistant.modes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The answer modes a request may name (the chat API's {@code mode}), so every check of a mode name uses this one list. */
public enum AnswerMode {
    INSTANT, THINKING, CONTEMPLATING;

    /** The mode's name in the API, in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode whose {@link #id} is {@code id} exactly, if there is one. */
    public static Optional<AnswerMode> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }

    /** Every mode's id, in the order above. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AnswerMode::id).toList();
    }
}
