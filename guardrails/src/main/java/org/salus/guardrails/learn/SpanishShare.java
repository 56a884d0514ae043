package org.salus.guardrails.learn;

import java.util.Set;

/**
 * The share of a folded message's words that are Spanish function words: a cheap, dependency-free sign of how far
 * the English-only embedding can be trusted on it.
 */
public final class SpanishShare {

    private static final Set<String> WORDS = Set.of("que", "de", "el", "la", "los", "las", "y", "en", "un", "una",
            "por", "para", "con", "es", "mi", "mis", "se", "lo", "como", "pero", "mas", "del", "al", "su", "sus",
            "le", "les", "ya", "muy", "estoy", "esta", "tengo", "tiene", "hace", "porque", "cuando", "donde", "yo",
            "tu", "nos", "hay", "fue", "era", "sin", "todo", "nada", "algo", "quiero", "puedo", "ni", "pues", "ese",
            "esa", "eso", "este", "esto", "mucho", "dias", "desde", "hasta", "tambien", "cual", "si");

    private SpanishShare() {
    }

    /** In [0, 1]; text as {@link org.salus.guardrails.text.NormalizedText#text()} gives it. */
    public static double of(String folded) {
        int words = 0;
        int spanish = 0;
        for (String token : folded.split(" ")) {
            if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
                continue;
            }
            words++;
            spanish += WORDS.contains(token) ? 1 : 0;
        }
        return words == 0 ? 0 : Math.min(1, 2.5 * spanish / words);
    }
}
