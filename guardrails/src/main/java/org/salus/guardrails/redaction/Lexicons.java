package org.salus.guardrails.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the detectors read from the classpath: names (the project's lists and public frequency lists),
 * places, common dictionary words, and clinical words that are never identifiers on their own. Provenance of
 * each list is in {@code PROVENANCE.md} beside them.
 */
record Lexicons(Set<String> givenNames, Set<String> surnames, Set<String> ambiguousNames,
                Set<String> notNames, Set<String> eponyms, Set<String> places, Set<String> commonWords,
                Set<String> clinicalWords) {

    static Lexicons load() {
        Set<String> common = words("common-words.txt.gz");
        Set<String> clinical = words("clinical-words.txt");
        Set<String> given = union(words("given-names.txt"), words("given-names-frequent.txt"));
        Set<String> surnames = union(words("surnames.txt"), words("surnames-frequent.txt"));
        Set<String> ambiguous = new HashSet<>(words("ambiguous-names.txt"));
        for (Set<String> names : List.of(given, surnames)) {
            names.stream().filter(n -> common.contains(n) || clinical.contains(n)).forEach(ambiguous::add);
        }
        // A clinical word that is also a listed name ("Brown", "Foley", "Walker") stays a possible name, ambiguous.
        Set<String> notNames = new HashSet<>(words("not-names.txt"));
        notNames.addAll(words("credentials.txt"));
        clinical.stream().filter(w -> !given.contains(w) && !surnames.contains(w)).forEach(notNames::add);
        return new Lexicons(Set.copyOf(given), Set.copyOf(surnames), Set.copyOf(ambiguous), Set.copyOf(notNames), words("eponyms.txt"), words("places.txt"), common, clinical);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** A word that is clinical vocabulary and never a name or place by itself. */
    boolean clinical(String word) {
        return clinicalWords.contains(key(word));
    }

    /** A lower-case dictionary word of English or Spanish. */
    boolean common(String word) {
        return commonWords.contains(key(word));
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    boolean isKnownName(String word) {
        String k = key(word);
        return givenNames.contains(k) || surnames.contains(k);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = Lexicons.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing redaction resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(key(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read redaction resource " + resource, e);
        }
        return Set.copyOf(out);
    }
}
