package org.salus.assistant.modes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.salus.assistant.rag.Terms;

/**
 * Splits a many-part question without an LLM: at question marks and semicolons, and at a conjunction or comma that
 * opens a new question ("… and how is it treated"); the subject of the first part (its longest run of topic words)
 * replaces pronouns in later parts, or is added to a part that does not name it.
 */
final class RuleDecomposer {

    static final int MAX_PARTS = 5;

    private static final String QUESTION_WORDS = "what|how|why|when|where|who|which|whose|is|are|can|could|does|do|did|"
            + "should|will|would|was|were|qu[eé]|c[oó]mo|por qu[eé]|cu[aá]ndo|cu[aá]l|d[oó]nde|es|puedo|se puede";
    private static final Pattern BOUNDARY = Pattern.compile("(?iu)\\s*(?:[?;]+|(?:,\\s*(?:and|or|but|also|y|o|pero)?|\\s(?:and|or|but|also|y|o|pero))\\s+(?=(?:"
            + QUESTION_WORDS + ")\\b))\\s*");
    private static final Pattern PRONOUN = Pattern.compile("(?iu)\\b(it|they|them|this|that|these|those|esto|eso|ello)\\b");
    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:and|or|but|also|y|o|pero)\\s+");

    private RuleDecomposer() {
    }

    static List<String> split(String question, String language) {
        List<String> parts = new ArrayList<>();
        for (String raw : BOUNDARY.split(question)) {
            String part = LEADING.matcher(raw.strip()).replaceFirst("").replaceAll("[\\s.!,]+$", "");
            if (!part.isBlank() && part.split("\\s+").length >= 2) {
                parts.add(part);
            }
        }
        if (parts.size() <= 1) {
            return List.of(question.strip());
        }
        String subject = subject(parts.getFirst(), language);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < parts.size() && result.size() < MAX_PARTS; i++) {
            result.add(ask(i == 0 ? parts.get(i) : resolve(parts.get(i), subject, language)));
        }
        return List.copyOf(result);
    }

    /** The longest run of consecutive topic words (not stop words, not generic question words). */
    static String subject(String part, String language) {
        String best = "";
        List<String> run = new ArrayList<>();
        for (String word : (part + " .").split("\\s+")) {
            String clean = word.replaceAll("[^\\p{L}\\p{N}'-]", "");
            var terms = Terms.of(clean, language);
            boolean topic = !clean.isEmpty() && !terms.isEmpty() && terms.stream().noneMatch(Terms::generic);
            if (topic) {
                run.add(clean);
            } else {
                String phrase = String.join(" ", run);
                if (phrase.length() > best.length()) {
                    best = phrase;
                }
                run.clear();
            }
        }
        return best;
    }

    private static String resolve(String part, String subject, String language) {
        if (subject.isEmpty()) {
            return part;
        }
        if (PRONOUN.matcher(part).find()) {
            return PRONOUN.matcher(part).replaceFirst(java.util.regex.Matcher.quoteReplacement(subject));
        }
        var terms = Terms.of(part, language);
        boolean namesSubject = Terms.of(subject, language).stream().anyMatch(terms::contains);
        return namesSubject ? part : part + " (" + subject + ")";
    }

    private static String ask(String part) {
        String text = Character.toUpperCase(part.charAt(0)) + part.substring(1);
        return text.endsWith("?") ? text : text + "?";
    }
}
