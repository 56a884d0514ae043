package org.salus.guardrails.redaction;

import java.util.List;

/**
 * Where capital letters carry no meaning: lines written all in capitals (clinical shorthand) and texts written
 * all in lower case. Detectors that read capitals as a sign of a name are given the text with such capital
 * lines lowered (same length, same offsets); the uncased detectors look only at these stretches.
 */
final class CaseView {

    private static final int MIN_LETTERS = 6;
    private static final double CAPS_SHARE = 0.8;

    private final String text;
    private final String lowered;
    private final boolean[] uncasedLine;
    private final int[] lineOf;
    private List<Words.Word> words;
    private List<Words.Word> loweredWords;

    private CaseView(String text, String lowered, boolean[] uncasedLine, int[] lineOf) {
        this.text = text;
        this.lowered = lowered;
        this.uncasedLine = uncasedLine;
        this.lineOf = lineOf;
    }

    String text() {
        return text;
    }

    String lowered() {
        return lowered;
    }

    /** The words of the text, split once and shared by the detectors of one redaction (not thread-safe). */
    List<Words.Word> words() {
        if (words == null) {
            words = Words.of(text);
        }
        return words;
    }

    /** The words of {@link #lowered()}, at the same offsets as {@link #words()}. */
    List<Words.Word> loweredWords() {
        if (loweredWords == null) {
            loweredWords = lowered.equals(text) ? words() : Words.of(lowered);
        }
        return loweredWords;
    }

    static CaseView of(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] uncased = new boolean[lines.length];
        int[] lineOf = new int[text.length() + 1];
        StringBuilder lowered = new StringBuilder(text.length());
        boolean anyUpper = false;
        for (int i = 0; i < text.length() && !anyUpper; i++) {
            anyUpper = Character.isUpperCase(text.charAt(i));
        }
        int at = 0;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            uncased[l] = !anyUpper || shouting(line);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                lowered.append(uncased[l] ? Character.toLowerCase(c) : c);
                lineOf[at + i] = l;
            }
            if (l < lines.length - 1) {
                lowered.append('\n');
                lineOf[at + line.length()] = l;
            }
            at += line.length() + 1;
        }
        lineOf[text.length()] = lines.length - 1;
        return new CaseView(text, lowered.toString(), uncased, lineOf);
    }

    /** Whether the character at {@code offset} sits on a line whose capitals mean nothing. */
    boolean uncasedAt(int offset) {
        return uncasedLine[lineOf[Math.min(offset, text.length())]];
    }

    /** Whether any line is uncased. */
    boolean anyUncased() {
        for (boolean u : uncasedLine) {
            if (u) {
                return true;
            }
        }
        return false;
    }

    private static boolean shouting(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= MIN_LETTERS && upper >= CAPS_SHARE * letters;
    }
}
