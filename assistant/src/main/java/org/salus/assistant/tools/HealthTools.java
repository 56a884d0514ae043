package org.salus.assistant.tools;

import java.util.Optional;

/** Answers a message from structured health data (nutrition, exercises) instead of the text corpus, when it can; empty otherwise. */
public interface HealthTools {

    Optional<ToolAnswer> answer(String message, String language);

    HealthTools NONE = (message, language) -> Optional.empty();
}
