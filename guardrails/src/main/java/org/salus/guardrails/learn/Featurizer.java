package org.salus.guardrails.learn;

import java.util.Arrays;
import org.salus.guardrails.text.NormalizedText;

/**
 * Hashed word, word-pair and character n-gram features of folded text, so that spelling slips, "-ish" endings,
 * inflections and Spanish morphology share features with the words they come from, without any vocabulary file.
 * Words inside a negation scope get features of their own, so "no chest pain" does not look like chest pain.
 */
public final class Featurizer {

    /** 2^16 hashed feature slots. */
    public static final int BITS = 16;
    public static final int DIMENSION = 1 << BITS;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    private Featurizer() {
    }

    public static SparseVector features(NormalizedText text) {
        String s = text.text();
        int[] slots = new int[64];
        int n = 0;
        String previous = null;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
            if (i == start) {
                break;
            }
            String token = s.substring(start, i);
            if (token.equals(".") || token.equals(",")) {
                previous = null;
                continue;
            }
            if (n + 40 > slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
            boolean negated = text.negatedAt(start);
            slots[n++] = slot('w', token, null);
            if (negated) {
                slots[n++] = slot('n', token, null);
            }
            if (previous != null) {
                slots[n++] = slot('b', previous, token);
            }
            previous = token;
            if (hasDigit(token)) {
                slots[n++] = slot('d', shape(token), null);
                continue;
            }
            String marked = "<" + token + ">";
            for (int len = MIN_GRAM; len <= MAX_GRAM; len++) {
                for (int from = 0; from + len <= marked.length(); from++) {
                    if (n >= slots.length) {
                        slots = Arrays.copyOf(slots, slots.length * 2);
                    }
                    slots[n++] = slot(negated ? 'm' : 'c', marked.substring(from, from + len), null);
                }
            }
        }
        return unit(slots, n);
    }

    private static SparseVector unit(int[] slots, int n) {
        int[] sorted = Arrays.copyOf(slots, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        int[] index = Arrays.copyOf(sorted, distinct);
        float[] value = new float[distinct];
        Arrays.fill(value, distinct == 0 ? 0f : (float) (1 / Math.sqrt(distinct)));
        return new SparseVector(index, value);
    }

    /** FNV-1a over a kind letter and one or two strings, folded into the slot range. */
    private static int slot(char kind, String a, String b) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int k = 0; k < a.length(); k++) {
            h = (h ^ a.charAt(k)) * 0x100000001b3L;
        }
        if (b != null) {
            h = (h ^ ' ') * 0x100000001b3L;
            for (int k = 0; k < b.length(); k++) {
                h = (h ^ b.charAt(k)) * 0x100000001b3L;
            }
        }
        return (int) ((h ^ (h >>> 32)) & (DIMENSION - 1));
    }

    private static boolean hasDigit(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (Character.isDigit(token.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** "120" → "ddd", "37.8" → "dd.d", "5mg" → "dmg"-like shapes: numbers by form, not by value. */
    private static String shape(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            out.append(Character.isDigit(c) ? 'd' : c);
        }
        return out.toString();
    }
}
