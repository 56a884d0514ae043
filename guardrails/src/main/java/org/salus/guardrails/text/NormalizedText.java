package org.salus.guardrails.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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
    private Set<String> heads;

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

    /** True when some match of {@code pattern} starts outside every negation scope. */
    public boolean containsAffirmed(Phrase phrase) {
        if (!phrase.mayMatch(heads())) {
            return false;
        }
        Matcher m = phrase.pattern().matcher(text);
        while (m.find()) {
            if (!negated.get(m.start())) {
                return true;
            }
        }
        return false;
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
        if (!phrase.mayMatch(heads())) {
            return out;
        }
        Matcher m = phrase.pattern().matcher(text);
        while (m.find()) {
            if (negated.get(m.start())) {
                continue;
            }
            int from = text.lastIndexOf(" . ", m.start());
            int to = text.indexOf(" . ", m.start());
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
        return phrase.mayMatch(heads()) && phrase.pattern().matcher(text).find();
    }

    /** The first two characters at every word start, for {@link Phrase#mayMatch}. */
    private Set<String> heads() {
        if (heads == null) {
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 1 < text.length(); i++) {
                if (isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                    out.add(text.substring(i, i + 2));
                }
            }
            heads = out;
        }
        return heads;
    }

    private static boolean isWordChar(char c) {
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
