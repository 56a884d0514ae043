package org.salus.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.salus.kb.text.Accents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lay and clinical names for the same thing ("heart attack" and "myocardial infarction"), so a question in
 * one vocabulary finds passages written in the other.
 */
public final class Synonyms {

    private static final int MAX_PHRASE_WORDS = 6;

    private final Map<String, List<Integer>> groupsByPhrase = new HashMap<>();
    private final List<List<String>> groups = new ArrayList<>();
    private final Set<String> caseSensitive = new java.util.HashSet<>();

    private Synonyms() {
    }

    public static Synonyms empty() {
        return new Synonyms();
    }

    /** The project's own lists for a language, from the classpath. */
    public static Synonyms builtIn(String language) {
        Synonyms synonyms = new Synonyms();
        String name = "es".equals(language) ? "lay-clinical-es.txt" : "lay-clinical.txt";
        try (InputStream in = Synonyms.class.getResourceAsStream("/salus/synonyms/" + name)) {
            if (in != null) {
                synonyms.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return synonyms;
    }

    /** Adds a list a clinic supplies, in the same one-group-a-line, {@code |}-separated format. */
    public Synonyms withFile(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            load(reader);
        }
        return this;
    }

    private void load(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String term : line.split("\\|")) {
                if (!term.isBlank()) {
                    terms.add(term.strip());
                }
            }
            if (terms.size() < 2) {
                continue;
            }
            int group = groups.size();
            groups.add(terms);
            for (String term : terms) {
                if (isAbbreviation(term)) {
                    caseSensitive.add(term);
                }
                groupsByPhrase.computeIfAbsent(normalise(term), k -> new ArrayList<>()).add(group);
            }
        }
    }

    public int size() {
        return groups.size();
    }

    /** The other names of every phrase the query contains, longest matches first, without the query's own terms. */
    public List<String> expansions(String query) {
        String[] original = query.split("[^\\p{L}\\p{N}]+");
        List<String> tokens = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (String token : original) {
            if (!token.isEmpty()) {
                tokens.add(normalise(token));
                raw.add(token);
            }
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> present = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(MAX_PHRASE_WORDS, tokens.size() - i); n >= 1; n--) {
                String phrase = String.join(" ", tokens.subList(i, i + n));
                List<Integer> hits = groupsByPhrase.get(phrase);
                if (hits == null) {
                    continue;
                }
                String rawPhrase = String.join(" ", raw.subList(i, i + n));
                boolean abbreviationOnly = n == 1 && hits.stream().allMatch(g -> groups.get(g).stream()
                        .filter(t -> normalise(t).equals(phrase)).allMatch(caseSensitive::contains));
                if (abbreviationOnly && !caseSensitive.contains(rawPhrase)) {
                    continue;
                }
                present.add(phrase);
                for (int g : hits) {
                    found.addAll(groups.get(g));
                }
                break;
            }
        }
        found.removeIf(term -> present.contains(normalise(term)));
        return List.copyOf(found);
    }

    private static boolean isAbbreviation(String term) {
        return term.length() <= 4 && term.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static String normalise(String text) {
        String folded = Accents.strip(text.toLowerCase(Locale.ROOT));
        return String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).strip();
    }
}
