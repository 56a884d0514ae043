package org.salus.assistant.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The everyday words of one language that the tools map onto their data (number words, units, nutrients, muscles, and
 * for Spanish the food and exercise names the English databases use), read from the project's own word lists in
 * {@code salus/tools/words-LANG.tsv}.
 */
final class Vocabulary {

    private static final Map<String, Vocabulary> LOADED = Map.of("en", load("en"), "es", load("es"));

    /** One word list line: the words (normalised, longest first when matching) and what they mean. */
    private record Entry(String word, String spelled, String meaning, Pattern pattern) {}

    private final Map<String, List<Entry>> byKind;

    private Vocabulary(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
    }

    static Vocabulary of(String language) {
        return LOADED.get(Phrases.language(language));
    }

    /** Number words and their values, e.g. "two" = 2, "half an" = 0.5. */
    Map<String, Double> numbers() {
        Map<String, Double> numbers = new LinkedHashMap<>();
        entries("number").forEach(e -> numbers.put(e.word(), Double.parseDouble(e.meaning())));
        return numbers;
    }

    /** Unit and size words and the unit token the tools use ("rebanadas" = slice, "tablespoon" = tbsp). */
    Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        entries("unit").forEach(e -> units.put(e.word(), e.meaning()));
        return units;
    }

    List<Nutrient> nutrients(String normalised) {
        List<Nutrient> found = new ArrayList<>();
        for (String key : matches("nutrient", normalised)) {
            Nutrient.byKey(key).filter(n -> !found.contains(n)).ifPresent(found::add);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** Where the last nutrient word of a normalised text ends (0 when there is none). */
    int nutrientsEnd(String normalised) {
        int end = 0;
        for (Entry e : entries("nutrient")) {
            var m = e.pattern().matcher(normalised);
            while (m.find()) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    /** The free-exercise-db muscle names that everyday words in a phrase mean ("lower back", "abs", "espalda baja"). */
    List<String> muscles(String normalised) {
        Set<String> found = new LinkedHashSet<>();
        for (String meaning : matches("muscle", normalised)) {
            found.addAll(List.of(meaning.split(",")));
        }
        return List.copyOf(found);
    }

    /**
     * Whether a normalised text has any word the tools work with (a cue such as "exercise" or "meal", a nutrient, a
     * muscle, a unit, or a listed food or exercise), so a question without one need not go to the language model.
     */
    boolean mentionsTools(String normalised) {
        String padded = " " + normalised + " ";
        for (String kind : List.of("cue", "nutrient", "muscle", "unit", "food", "exercise")) {
            for (Entry e : entries(kind)) {
                if (e.pattern().matcher(padded).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The English name the food databases know a typed food by ("manzanas" = apple), when the word list has it. */
    Optional<String> food(String typed) {
        return exact("food", typed);
    }

    Optional<String> exercise(String typed) {
        return exact("exercise", typed);
    }

    /** A typed food name as the word list spells it, accents included ("platano" → "plátano"), if it is listed. */
    Optional<String> spelledFood(String typed) {
        String normal = Text.normalise(typed);
        return entries("food").stream().filter(e -> e.word().equals(normal)).map(Entry::spelled).findFirst();
    }

    /** Up to three listed food words close to a misspelt one. */
    List<String> nearFoods(String typed) {
        return near("food", typed);
    }

    List<String> nearExercises(String typed) {
        return near("exercise", typed);
    }

    /** The shortest listed word of each meaning that is close to a typed one, at most three. */
    private List<String> near(String kind, String typed) {
        String phrase = String.join(" ", Text.stems(typed));
        Map<String, String> byMeaning = new LinkedHashMap<>();
        for (Entry e : entries(kind).reversed()) {
            if (Text.near(phrase, String.join(" ", Text.stems(e.word())))) {
                byMeaning.putIfAbsent(e.meaning(), e.spelled());
            }
        }
        return byMeaning.values().stream().limit(3).toList();
    }

    private List<Entry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private Optional<String> exact(String kind, String typed) {
        String phrase = String.join(" ", Text.stems(typed));
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        return entries(kind).stream().filter(e -> String.join(" ", Text.stems(e.word())).equals(phrase))
                .map(Entry::meaning).findFirst();
    }

    /** Meanings of the listed words found in the text, longest words first, each stretch of text counted once. */
    private List<String> matches(String kind, String normalised) {
        String rest = " " + normalised + " ";
        List<String> meanings = new ArrayList<>();
        for (Entry e : entries(kind)) {
            var m = e.pattern().matcher(rest);
            if (m.find()) {
                meanings.add(e.meaning());
                rest = m.replaceAll(" ");
            }
        }
        return meanings;
    }

    private static Vocabulary load(String language) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        String resource = "/salus/tools/words-" + language + ".tsv";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(resource + ": expected kind<TAB>words<TAB>meaning in: " + line);
                }
                for (String word : fields[1].split("\\|")) {
                    String normal = Text.normalise(word);
                    Pattern pattern = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(normal) + "(?![a-z0-9])");
                    byKind.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(new Entry(normal, word.trim(), fields[2].trim(), pattern));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byKind.replaceAll((kind, entries) -> entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.word().length()).reversed()).toList());
        return new Vocabulary(byKind);
    }
}
