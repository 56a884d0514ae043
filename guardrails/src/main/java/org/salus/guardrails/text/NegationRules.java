package org.salus.guardrails.text;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Which words open a negation ("no", "without", "sin", "niega"), which close it ("but", "pero", punctuation)
 * and how many words it may reach; read from the policy-set data file.
 */
public record NegationRules(Set<String> cues, Set<String> breakers, int window) {

    public NegationRules {
        cues = Set.copyOf(cues);
        breakers = Set.copyOf(breakers);
    }

    BitSet scopes(String text) {
        BitSet negated = new BitSet(text.length());
        List<int[]> tokens = NormalizedText.tokens(text);
        for (int t = 0; t < tokens.size(); t++) {
            if (!cues.contains(word(text, tokens.get(t)))) {
                continue;
            }
            int end = t + window;
            for (int k = t + 1; k < tokens.size() && k <= end; k++) {
                String word = word(text, tokens.get(k));
                if (word.equals(",")) {
                    int last = listEnd(text, tokens, k);
                    if (last > 0) {
                        end = Math.max(end, last + LAST_ITEM_WORDS);
                        continue;
                    }
                }
                if (breakers.contains(word) || cues.contains(word)) {
                    break;
                }
                negated.set(tokens.get(k)[0], tokens.get(k)[1]);
            }
        }
        return negated;
    }

    /** Words of a list's last item that its negation still reaches ("no fever, cough or chest pain"). */
    private static final int LAST_ITEM_WORDS = 3;

    /** Words that close a list a negation distributes over ("no A, B or C", "sin A, B ni C"). */
    private static final Set<String> LIST_CLOSERS = Set.of("or", "nor", "o", "u", "ni");

    /**
     * A comma inside a negation's reach continues it when the text goes on as a list closed by "or" / "ni" before
     * any other breaker, as NegEx reads "no headache, chest pain, breathlessness or visual symptoms"; otherwise the
     * comma ends the negation ("no fever, chest pain since this morning"). Returns the closer's token index, or -1.
     */
    private int listEnd(String text, List<int[]> tokens, int comma) {
        for (int j = comma + 1; j < tokens.size() && j <= comma + window; j++) {
            String word = word(text, tokens.get(j));
            if (LIST_CLOSERS.contains(word)) {
                return j;
            }
            if (!word.equals(",") && (breakers.contains(word) || cues.contains(word))) {
                return -1;
            }
        }
        return -1;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
