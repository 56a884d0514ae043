package org.salus.assistant.rag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.salus.kb.text.Analyzers;

/**
 * Content terms of a text as retrieval sees them (stemmed, stop words removed), and which of them are generic
 * question words that say little about the topic.
 */
public final class Terms {

    private static final Set<String> GENERIC = Set.copyOf(java.util.List.of(
            // English, stemmed as EnglishAnalyzer stems them
            "what", "how", "why", "when", "who", "which", "do", "doe", "can", "should", "would", "could", "i", "my",
            "me", "get", "ar", "is", "symptom", "sign", "caus", "treat", "treatment", "prevent", "risk", "much",
            "mani", "long", "ok", "safe", "normal", "help", "need", "good", "bad", "best", "take", "know", "mean",
            "about", "tell", "explain", "like", "feel", "have", "wai", "thing", "peopl", "person", "adult", "common",
            "warn", "effect", "side", "diagnos", "test", "often", "start", "stop", "us", "work", "happen", "dai",
            "week", "year", "time", "kind", "type", "mai", "might", "much", "more", "less", "should", "go",
            // what is asked about the topic rather than the topic ("does it go away", "is it serious", "can it be cured")
            "awai", "seriou", "cure", "curabl", "dangerou", "last", "permanent", "fatal", "deadli", "harm", "harmful",
            "worri", "okai", "rid", "remedi", "reliev", "relief", "quickli", "fast", "natur", "home", "differ",
            "differenc", "same", "better", "wors", "again", "forev", "own", "away",
            // Spanish, folded and lightly stemmed
            "que", "como", "cual", "cuando", "por", "debo", "pued", "sintoma", "signo", "causa", "tratamiento",
            "tratar", "prevenir", "riesgo", "cuanto", "mi", "tengo", "ayuda", "necesito", "hacer", "sabe",
            // the same words as the Spanish analyzer stems them, and what is asked about the topic
            "cuant", "cuand", "dond", "quien", "pueden", "debe", "sintom", "sign", "caus", "tratamient", "trat",
            "riesg", "ayud", "necesit", "signific", "grav", "dura", "durar", "tip", "tipo", "mejor", "peor", "buen",
            "malo", "normal", "cur", "cura", "curar", "quit", "quitar", "evitar", "evit", "diferenci", "igual",
            "peligros", "sol"));

    private Terms() {
    }

    public static Set<String> of(String text, String language) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = Analyzers.forLanguage(language).tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    public static boolean generic(String term) {
        return GENERIC.contains(term) || term.length() < 2 || term.chars().allMatch(Character::isDigit);
    }

    public static Set<String> distinctive(Set<String> terms) {
        Set<String> result = new LinkedHashSet<>(terms);
        result.removeIf(Terms::generic);
        return result;
    }
}
