package org.salus.guardrails.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The project's own word lists (names, places, words that are never names), read from the classpath. */
record Lexicons(Set<String> givenNames, Set<String> surnames, Set<String> ambiguousNames,
                Set<String> notNames, Set<String> eponyms, Set<String> places) {

    static Lexicons load() {
        return new Lexicons(words("given-names.txt"), words("surnames.txt"), words("ambiguous-names.txt"),
                words("not-names.txt"), words("eponyms.txt"), words("places.txt"));
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
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing redaction resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
