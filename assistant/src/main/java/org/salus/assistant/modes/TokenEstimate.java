package org.salus.assistant.modes;

/**
 * A tokenizer-free estimate of LLM prompt tokens: each whitespace-separated word counts one piece per started six
 * characters (so "the" is 1, "hypertension" is 2), which tracks BPE counts of English prose to within about 15 %.
 */
final class TokenEstimate {

    private static final int CHARS_PER_PIECE = 6;

    private TokenEstimate() {
    }

    static int of(String text) {
        int tokens = 0;
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                tokens += (word.length() + CHARS_PER_PIECE - 1) / CHARS_PER_PIECE;
            }
        }
        return tokens;
    }
}
