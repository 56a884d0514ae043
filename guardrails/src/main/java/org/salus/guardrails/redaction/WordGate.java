package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only in windows around the words that every one of its matches must contain (a label, a month, a
 * street word), found once per text by the shared word split, instead of trying the pattern at every character.
 */
record WordGate(Pattern word, int wordsBefore, int charsBefore, int wordsAfter, int charsAfter,
                Map<String, Boolean> seen) {

    /** Words whose verdict is remembered, so that each distinct word is tested against the pattern once. */
    private static final int MEMORY = 50_000;

    /** A gate whose trigger words are those {@code wordRegex} matches whole (case-insensitively). */
    static WordGate of(String wordRegex, int wordsBefore, int charsBefore, int wordsAfter, int charsAfter) {
        return new WordGate(Pattern.compile("(?iu)(?:" + wordRegex + ")"), wordsBefore, charsBefore, wordsAfter,
                charsAfter, new ConcurrentHashMap<>());
    }

    /** {@link #test}, remembered per lower-cased word and the character after it. */
    boolean triggers(Words.Word w) {
        char next = w.gap().isEmpty() || Character.isWhitespace(w.gap().charAt(0)) ? ' ' : w.gap().charAt(0);
        String key = next == ' ' ? w.key() : w.key() + next;
        Boolean known = seen.get(key);
        if (known == null) {
            known = test(w);
            if (seen.size() < MEMORY) {
                seen.put(key, known);
            }
        }
        return known;
    }

    /** Whether {@code w} is a trigger word (alone, without a possessive "'s", or with the character that follows it, such as "C/" or "Avda."). */
    boolean test(Words.Word w) {
        if (word.matcher(w.text()).matches() || w.bare().length() < w.text().length()
                && word.matcher(w.bare()).matches()) {
            return true;
        }
        if (!w.gap().isEmpty() && !Character.isWhitespace(w.gap().charAt(0))
                && word.matcher(w.text() + w.gap().charAt(0)).matches()) {
            return true;
        }
        // "Foo-Hospital", "O'Brien": a pattern may match a part of a joined word.
        for (int from = 0, i = 0; i <= w.text().length(); i++) {
            if (i == w.text().length() || "-'’".indexOf(w.text().charAt(i)) >= 0) {
                if (from > 0 || i < w.text().length()) {
                    String part = w.text().substring(from, i);
                    if (!part.isEmpty() && word.matcher(part).matches()) {
                        return true;
                    }
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** The merged character windows of {@code text} around its trigger words. */
    List<int[]> windows(String text, List<Words.Word> words) {
        List<int[]> windows = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (!triggers(words.get(k))) {
                continue;
            }
            int from = Math.max(0, words.get(Math.max(0, k - wordsBefore)).start() - charsBefore);
            int to = Math.min(text.length(), words.get(Math.min(words.size() - 1, k + wordsAfter)).end() + charsAfter);
            if (!windows.isEmpty() && windows.getLast()[1] >= from) {
                windows.getLast()[1] = Math.max(windows.getLast()[1], to);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    /** Each match of {@code pattern} inside the windows, seen with the text around them (lookarounds are not cut). */
    void find(Pattern pattern, String text, List<Words.Word> words, Consumer<Matcher> each) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows(text, words)) {
            m.region(w[0], w[1]);
            while (m.find()) {
                each.accept(m);
            }
        }
    }
}
