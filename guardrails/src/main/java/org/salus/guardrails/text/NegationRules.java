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
            for (int k = t + 1; k < tokens.size() && k <= t + window; k++) {
                String word = word(text, tokens.get(k));
                if (breakers.contains(word) || cues.contains(word)) {
                    break;
                }
                negated.set(tokens.get(k)[0], tokens.get(k)[1]);
            }
        }
        return negated;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
