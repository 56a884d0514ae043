package org.salus.assistant.tools;

import org.salus.kb.text.Accents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text normalisation and fuzzy matching shared by the tools. */
final class Text {

    private Text() {
    }

    static String normalise(String text) {
        String plain = Accents.strip(text == null ? "" : text);
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9%.,'\\- ]+", " ")
                .replaceAll("\\s+", " ").trim();
    }

    /** Word stems good enough to match "apples" with "apple" and "squats" with "squat". */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : normalise(text).replaceAll("[^a-z0-9 ]", " ").split(" ")) {
            if (!word.isEmpty()) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Whether a typed phrase is a plausible misspelling of a name: small edit distance relative to its length. */
    static boolean near(String typed, String name) {
        int limit = Math.max(1, Math.min(3, name.length() / 4));
        return Math.abs(typed.length() - name.length()) <= limit && distance(typed, name) <= limit;
    }

    /** One RFC 4180 CSV record (quotes doubled inside quoted fields); tab-separated lines split plainly. */
    static String[] fields(String line, char separator) {
        if (separator == '\t') {
            return line.split("\t", -1);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    static String number(double value) {
        double abs = Math.abs(value);
        String text = abs >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : abs >= 1 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    static List<String> words(String text) {
        return Arrays.stream(normalise(text).split(" ")).filter(w -> !w.isEmpty()).toList();
    }
}
