package org.salus.assistant.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences and labels the tools word their answers with, in English or Spanish
 * ({@code salus/tools/phrases_LANG.properties}); the numbers put into them always come from the data.
 */
final class Phrases {

    private static final Map<String, Phrases> LOADED = Map.of("en", new Phrases("en"), "es", new Phrases("es"));

    private final String language;
    private final Properties own;
    private final Properties english;

    private Phrases(String language) {
        this.language = language;
        this.own = load(language);
        this.english = "en".equals(language) ? own : load("en");
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
        String text = own.getProperty(key, english.getProperty(key));
        if (text == null) {
            throw new IllegalArgumentException("no phrase " + key);
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return text;
    }

    /** A label for a data value in this language, or the value itself (e.g. equipment "dumbbell" → "mancuernas"). */
    String label(String kind, String value) {
        if (value == null) {
            return null;
        }
        return own.getProperty(kind + "." + value.replace(' ', '_'), value);
    }

    String nutrient(Nutrient n) {
        return own.getProperty("nutrient." + n.key, n.label);
    }

    /** Muscles as a sentence names them: "the glutes and hamstrings", "los glúteos y los isquiotibiales". */
    String muscles(List<String> muscles) {
        List<String> named = muscles.stream().map(m -> own.getProperty("muscleRef." + m.replace(' ', '_'), label("muscle", m))).toList();
        return get("muscles.list", "list", join(named));
    }

    /** "a, b and c" in this language. */
    String join(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + get("join.and") + " " + words.getLast();
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String resource = "/salus/tools/phrases_" + language + ".properties";
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
