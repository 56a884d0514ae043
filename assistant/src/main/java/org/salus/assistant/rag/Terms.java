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
            // Spanish, folded and lightly stemmed
            "que", "como", "cual", "cuando", "por", "debo", "pued", "sintoma", "signo", "causa", "tratamiento",
            "tratar", "prevenir", "riesgo", "cuanto", "mi", "tengo", "ayuda", "necesito", "hacer", "sabe"));

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
