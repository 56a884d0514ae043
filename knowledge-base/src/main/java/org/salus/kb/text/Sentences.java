package org.salus.kb.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits plain text into sentences, the unit Salus cites and verifies. */
public final class Sentences {

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:(?i:\\b(?:e\\.g|i\\.e|vs|etc|dr|mr|mrs|ms|st|no|approx|sr|sra|dra|p\\.ej|ee\\.uu|u\\.s)\\.)"
                    + "|(?:^|[\\s(])[A-Z]\\.)$");

    private Sentences() {
    }

    public static List<String> split(String text, String language) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            splitParagraph(paragraph.strip(), Locale.forLanguageTag(language == null ? "en" : language), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, Locale locale, List<String> out) {
        if (paragraph.isEmpty()) {
            return;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(paragraph);
        StringBuilder pending = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pending.append(paragraph, start, end);
            String candidate = pending.toString().strip();
            if (!ABBREVIATION_END.matcher(candidate).find()) {
                out.add(candidate);
                pending.setLength(0);
            }
        }
        String rest = pending.toString().strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    /** Counts words the way chunking budgets them. */
    public static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
