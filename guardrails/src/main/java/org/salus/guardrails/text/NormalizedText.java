package org.salus.guardrails.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message lower-cased, accent-folded and tokenised, with the characters that fall inside a negation's scope
 * marked, so that "no chest pain" and "sin fiebre" do not count as chest pain or fever.
 */
public final class NormalizedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<=\\d)[.,](?=\\d)");
    private static final Pattern STOPS = Pattern.compile("[.;:!?¿¡()\\[\\]\\n\\r]+");
    private static final Pattern COMMAS = Pattern.compile(",+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9ñ.,°% ]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final String text;
    private final BitSet negated;
    private Map<String, List<Integer>> starts;

    private NormalizedText(String text, BitSet negated) {
        this.text = text;
        this.negated = negated;
    }

    /** Normalises {@code raw} and marks negation scopes using {@code negation}. */
    public static NormalizedText of(String raw, NegationRules negation) {
        String text = fold(raw);
        return new NormalizedText(text, negation.scopes(text));
    }

    /** Lower-cases, strips accents (keeping ñ as n), drops apostrophes and spaces out punctuation. */
    public static String fold(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(java.util.Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = DECIMAL_POINT.matcher(s).replaceAll("·");
        s = STOPS.matcher(s).replaceAll(" . ");
        s = COMMAS.matcher(s).replaceAll(" , ");
        s = s.replace('·', '.');
        s = OTHER.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        return " " + s.strip() + " ";
    }

    public String text() {
        return text;
    }

    /** True when the character at {@code offset} of {@link #text()} lies inside a negation scope. */
    public boolean negatedAt(int offset) {
        return negated.get(offset);
    }

    /** True when some match of {@code pattern} starts outside every negation scope. */
    public boolean containsAffirmed(Phrase phrase) {
        return !affirmedStarts(phrase, true).isEmpty();
    }

    /**
     * Start offsets of affirmed matches. When the phrase knows its word openings, the regex is only tried at word
     * starts with one of them, which keeps long messages cheap.
     */
    private List<Integer> affirmedStarts(Phrase phrase, boolean firstOnly) {
        List<Integer> found = new ArrayList<>();
        Matcher m = phrase.pattern().matcher(text);
        if (phrase.heads().isEmpty()) {
            while (m.find()) {
                if (!negated.get(m.start())) {
                    found.add(m.start());
                    if (firstOnly) {
                        break;
                    }
                }
            }
            return found;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : candidates(phrase.heads().get())) {
            if (!negated.get(start) && m.region(start, text.length()).lookingAt()) {
                found.add(start);
                if (firstOnly) {
                    break;
                }
            }
        }
        return found;
    }

    private int[] candidates(Set<String> heads) {
        Map<String, List<Integer>> byHead = starts();
        int n = 0;
        for (String h : heads) {
            List<Integer> at = byHead.get(h);
            n += at == null ? 0 : at.size();
        }
        int[] out = new int[n];
        int i = 0;
        for (String h : heads) {
            List<Integer> at = byHead.get(h);
            if (at != null) {
                for (int p : at) {
                    out[i++] = p;
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** The message split at sentence stops, each part keeping its negation marks. */
    public List<NormalizedText> sentences() {
        List<NormalizedText> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int stop = text.indexOf(" . ", from);
            int end = stop < 0 ? text.length() : stop + 1;
            if (end - from > 1) {
                out.add(new NormalizedText(text.substring(from, end), negated.get(from, end)));
            }
            from = stop < 0 ? text.length() : stop + 2;
        }
        return out;
    }

    /** The sentences (padded with spaces) that hold an affirmed match of {@code pattern}. */
    public List<String> sentencesWithAffirmed(Phrase phrase) {
        List<String> out = new ArrayList<>();
        for (int start : affirmedStarts(phrase, false)) {
            int from = text.lastIndexOf(" . ", start);
            int to = text.indexOf(" . ", start);
            String sentence = " " + text.substring(from < 0 ? 0 : from + 3, to < 0 ? text.length() : to + 1).strip()
                    + " ";
            if (!out.contains(sentence)) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** True when {@code pattern} matches anywhere, negated or not. */
    public boolean contains(Phrase phrase) {
        if (phrase.heads().isEmpty()) {
            return phrase.pattern().matcher(text).find();
        }
        Matcher m = phrase.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : candidates(phrase.heads().get())) {
            if (m.region(start, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Word-start offsets by the two characters found there. */
    private Map<String, List<Integer>> starts() {
        if (starts == null) {
            Map<String, List<Integer>> out = new HashMap<>();
            for (int i = 0; i + 1 < text.length(); i++) {
                if (isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                    out.computeIfAbsent(text.substring(i, i + 2), k -> new ArrayList<>()).add(i);
                }
            }
            starts = out;
        }
        return starts;
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == 'ñ';
    }

    /** Token boundaries of the folded text, used by {@link NegationRules}. */
    static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }
}
