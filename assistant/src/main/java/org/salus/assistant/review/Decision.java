package org.salus.assistant.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reviewer decides about one version of a document; a version nobody decided on is a draft. */
public enum Decision {
    APPROVED("approve"), CHANGES_REQUESTED("request-changes"), RETIRED("retire");

    private final String command;

    Decision(String command) {
        this.command = command;
    }

    /** The stored and displayed name: {@code approved}, {@code changes_requested}, {@code retired}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verb that makes it, on the command line and in the API: {@code approve}, {@code request-changes}, {@code retire}. */
    public String command() {
        return command;
    }

    /** Reads either form ({@code approve} or {@code approved}); null when it is neither. */
    public static Decision parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Decision d : values()) {
            if (d.command.equals(t) || d.id().equals(t)) {
                return d;
            }
        }
        return null;
    }
}
