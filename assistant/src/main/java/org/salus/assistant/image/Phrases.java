package org.salus.assistant.image;

import org.salus.kb.text.Accents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of names (possibly several words) found in OCR text despite its usual misreadings: case and accents are
 * ignored, letters OCR confuses ({@code 0/o}, {@code 1/l/i}, {@code 5/s}) compare equal, and a long word may have one
 * (from ten letters, two) wrong letters. At each place the longest name wins.
 */
final class Phrases<T> {

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final List<Phrase<T>> fuzzyFirstWord = new ArrayList<>();

    /** A name as listed, its words reduced to their OCR skeletons, and what it stands for. */
    record Phrase<T>(List<String> words, String surface, T value) {}

    /** Where a name was found: its value, the surface listed, and the words it covers in the line. */
    record Found<T>(T value, String surface, int firstWord, int words, boolean exact) {}

    /** A word of a line with its place in the line's characters. */
    record Word(String skeleton, int start, int end) {}

    void add(String name, T value) {
        List<String> words = words(name).stream().map(Word::skeleton).toList();
        if (words.isEmpty()) {
            return;
        }
        Phrase<T> phrase = new Phrase<>(words, name.strip(), value);
        byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(phrase);
        if (words.getFirst().length() >= 6) {
            fuzzyFirstWord.add(phrase);
        }
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }

    /** The longest name starting at word {@code i}, preferring exact matches. */
    Found<T> at(List<Word> line, int i) {
        Found<T> best = null;
        String first = line.get(i).skeleton();
        List<Phrase<T>> candidates = new ArrayList<>(byFirstWord.getOrDefault(first, List.of()));
        for (Phrase<T> p : fuzzyFirstWord) {
            if (Math.abs(p.words().getFirst().length() - first.length()) <= 2 && !p.words().getFirst().equals(first)) {
                candidates.add(p);
            }
        }
        for (Phrase<T> p : candidates) {
            if (i + p.words().size() > line.size()) {
                continue;
            }
            boolean exact = true;
            boolean matches = true;
            for (int k = 0; k < p.words().size() && matches; k++) {
                String want = p.words().get(k);
                String got = line.get(i + k).skeleton();
                if (!want.equals(got)) {
                    exact = false;
                    matches = close(want, got);
                }
            }
            if (matches && (best == null || p.words().size() > best.words() || p.words().size() == best.words() && exact && !best.exact())) {
                best = new Found<>(p.value(), p.surface(), i, p.words().size(), exact);
            }
        }
        return best;
    }

    private static boolean close(String want, String got) {
        int allowed = want.length() >= 10 ? 2 : want.length() >= 6 ? 1 : 0;
        return allowed > 0 && Math.abs(want.length() - got.length()) <= allowed && distance(want, got, allowed) <= allowed;
    }

    /** Optimal string alignment distance, giving up once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** The words of a line (letters and digits), with their character positions in it. */
    static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean inWord = i < line.length() && isWordChar(line.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new Word(skeleton(line.substring(start, i)), start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '|' || c == 'µ';
    }

    /** Lower case without accents, with the characters OCR confuses made equal. */
    static String skeleton(String word) {
        String folded = Accents.strip(word).toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            s.append(switch (c) {
                case '0' -> 'o';
                case '1', 'i', '|', '!' -> 'l';
                case '5' -> 's';
                default -> c;
            });
        }
        return s.toString();
    }
}
