package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into word tokens with offsets, remembering what separates each word from the next. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}]|[\\p{L}\\p{M}]");

    /** One word; {@code gap} is the text between it and the next word. */
    record Word(int start, int end, String text, String gap, String key) {

        Word(int start, int end, String text, String gap) {
            this(start, end, text, gap, Lexicons.key(text));
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean allCaps() {
            return text.length() > 1 && text.chars().noneMatch(Character::isLowerCase);
        }

        /** The word without an English possessive ending. */
        String bare() {
            if (text.endsWith("'s") || text.endsWith("’s")) {
                return text.substring(0, text.length() - 2);
            }
            return text;
        }

        /** Only spaces (one line) between this word and the next. */
        boolean spaceOnly() {
            return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0 && gap.length() <= 3;
        }

        /** An initial such as "P." followed by a space. */
        boolean initial() {
            return text.length() == 1 && Character.isUpperCase(text.charAt(0)) && gap.startsWith(".");
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int prevStart = -1;
        int prevEnd = -1;
        String prevText = null;
        while (m.find()) {
            if (prevText != null) {
                words.add(new Word(prevStart, prevEnd, prevText, text.substring(prevEnd, m.start())));
            }
            prevStart = m.start();
            prevEnd = m.end();
            prevText = m.group();
        }
        if (prevText != null) {
            words.add(new Word(prevStart, prevEnd, prevText, text.substring(prevEnd)));
        }
        return words;
    }

    /** Whether the word at {@code i} starts a sentence (first word, or after . ! ? : or a line break). */
    static boolean sentenceStart(List<Word> words, int i) {
        if (i == 0) {
            return true;
        }
        String gap = words.get(i - 1).gap().strip();
        return gap.endsWith(".") || gap.endsWith("!") || gap.endsWith("?") || gap.endsWith(":")
                || gap.endsWith("\"") || gap.endsWith("¿") || gap.endsWith("¡") || gap.endsWith(">")
                || gap.endsWith("-") || words.get(i - 1).gap().indexOf('\n') >= 0;
    }

    /** "Robert L., 62": a name followed by the initial of its surname. */
    static int withTrailingInitial(List<Word> words, int end) {
        if (end < words.size() && words.get(end - 1).spaceOnly()) {
            Word next = words.get(end);
            if (next.initial() && next.gap().startsWith(".")) {
                return end + 1;
            }
        }
        return end;
    }
}
