package org.salus.assistant.tools;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salus.assistant.i18n.LocalisedText;

/**
 * The sentences and labels the tools word their answers with, in English or Spanish
 * ({@code salus/tools/phrases_LANG.properties}); the numbers put into them always come from the data.
 */
final class Phrases {

    private static final LocalisedText TEXT = LocalisedText.load("salus/tools/phrases");
    private static final Map<String, Phrases> LOADED = Map.of("en", new Phrases("en"), "es", new Phrases("es"));

    private final String language;

    private Phrases(String language) {
        this.language = language;
    }

    static Phrases of(String language) {
        return LOADED.get(language(language));
    }

    /** The tools' language for a request's language: Spanish for {@code es…}, else English. */
    static String language(String requested) {
        return requested != null && requested.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
    }

    String language() {
        return language;
    }

    /** The sentence for a key with {@code {name}} placeholders filled from name/value pairs. */
    String get(String key, Object... pairs) {
        return TEXT.get(language, key, pairs);
    }

    /** A label for a data value in this language, or the value itself (e.g. equipment "dumbbell" → "mancuernas"). */
    String label(String kind, String value) {
        if (value == null) {
            return null;
        }
        return TEXT.own(language, kind + "." + value.replace(' ', '_')).orElse(value);
    }

    String nutrient(Nutrient n) {
        return TEXT.own(language, "nutrient." + n.key).orElse(n.label);
    }

    /** Muscles as a sentence names them: "the glutes and hamstrings", "los glúteos y los isquiotibiales". */
    String muscles(List<String> muscles) {
        List<String> named = muscles.stream()
                .map(m -> TEXT.own(language, "muscleRef." + m.replace(' ', '_')).orElseGet(() -> label("muscle", m))).toList();
        return get("muscles.list", "list", join(named));
    }

    /** "a, b and c" in this language. */
    String join(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + get("join.and") + " " + words.getLast();
    }
}
