package org.salus.guardrails.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One data-file expression compiled over folded text, with the two-character word openings it can start with
 * when those can be read off the expression; a text that has none of them is skipped without running the regex.
 */
public record Phrase(Pattern pattern, Optional<Set<String>> heads) {

    private static final String META = "\\.[]()|?*+{}^$";

    /** Compiles one data-file expression, wrapped in word boundaries. */
    public static Phrase compile(String expression) {
        String body = expression.strip();
        Pattern pattern = Pattern.compile("(?<![a-z0-9ñ])(?:" + body + ")(?![a-z0-9ñ])");
        return new Phrase(pattern, Optional.ofNullable(heads(body)));
    }

    /** The opening two characters of every alternative, or null when some alternative's opening is not literal. */
    static Set<String> heads(String expression) {
        Set<String> out = new HashSet<>();
        for (String alternative : alternatives(expression)) {
            if (!addHeads(alternative, out)) {
                return null;
            }
        }
        return out;
    }

    private static boolean addHeads(String alternative, Set<String> out) {
        if (alternative.startsWith("(") && !alternative.startsWith("(?")) {
            int close = closing(alternative, 0);
            if (close < 0 || close + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(close + 1)) >= 0) {
                return false;
            }
            for (String inner : alternatives(alternative.substring(1, close))) {
                if (!addHeads(inner, out)) {
                    return false;
                }
            }
            return true;
        }
        int run = 0;
        while (run < alternative.length() && META.indexOf(alternative.charAt(run)) < 0) {
            run++;
        }
        if (run < alternative.length() && "?*{".indexOf(alternative.charAt(run)) >= 0) {
            run--;
        }
        if (run < 2 || !NormalizedText.isWordChar(alternative.charAt(0))) {
            return false;
        }
        out.add(alternative.substring(0, 2));
        return true;
    }

    /** Splits at the top-level {@code |}, respecting groups and character classes. */
    static List<String> alternatives(String expression) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(expression.substring(start, i));
                start = i + 1;
            }
        }
        out.add(expression.substring(start));
        return out;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
