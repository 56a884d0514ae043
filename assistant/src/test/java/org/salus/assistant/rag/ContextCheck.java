package org.salus.assistant.rag;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer-quality measurement's own judge of a sentence that leans on context the reader never saw: written apart
 * from the composer's rules (and broader than them) so the composer is not scored by the rules it follows.
 */
final class ContextCheck {

    private static final String PRONOUNS = "this|these|that|those|it|its|they|them|their|he|she|his|her|such|both|here"
            + "|esto|esta|este|estos|estas|eso|esa|ese|esos|esas|ello|ellos|ellas";
    /** Words that, opening a sentence (pronouns also after a short opening phrase and its comma), point back. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?iu)^(?:(?:" + PRONOUNS + "|another|other|others"
            + "|but|however|also|and|or|so|thus|therefore|then|still|instead|otherwise|moreover|furthermore"
            + "|in addition|as a result|because of this|for this reason|some common ones|some of them|most of them"
            + "|many of them|the rest|the others|the same|pero|sin embargo|además|también|entonces|por eso|por lo tanto"
            + "|así|otros|otras|otro|otra|algunos de ellos|la mayoría de ellos)\\b"
            + "|(?:[\\p{L}\\p{N}'-]+\\s+){0,3}[\\p{L}\\p{N}'-]+,\\s*(?:" + PRONOUNS + ")\\b)");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·]|\\d{1,2}[.)])\\s+");
    private static final Pattern ENDS = Pattern.compile("[.!?…\"”)\\]]\\s*$");

    private ContextCheck() {
    }

    /** One sentence of an answer and the span of source sentences (0-based, inclusive) it was taken from; -1 if none. */
    record Placed(String text, int passage, int first, int last) {}

    /** Places an answer sentence in its cited passage: verbatim, or as a lead-in joined with the items after it. */
    static Placed place(String text, int passage, List<String> source) {
        String clean = text.strip();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).strip().equals(clean)) {
                return new Placed(text, passage, i, i);
            }
        }
        for (int i = 0; i < source.size(); i++) {
            String lead = source.get(i).strip().replaceAll("[:.]$", "");
            if (lead.length() > 8 && clean.startsWith(lead)) {
                int last = i;
                while (last + 1 < source.size() && clean.contains(item(source.get(last + 1)))) {
                    last++;
                }
                return new Placed(text, passage, i, last);
            }
        }
        return new Placed(text, passage, -1, -1);
    }

    private static String item(String sentence) {
        String s = LIST_ITEM.matcher(sentence.strip()).replaceFirst("").replaceAll("[.;,]$", "").strip();
        return s.isEmpty() ? "\u0000" : s.substring(1);
    }

    /** Whether any sentence of the answer needs a sentence that is not right beside it in the answer. */
    static boolean dangles(List<Placed> answer, List<List<String>> sources) {
        for (int i = 0; i < answer.size(); i++) {
            if (dangles(answer, i, sources)) {
                return true;
            }
        }
        return false;
    }

    /** Whether sentence {@code i} of the answer leans on context it does not carry. */
    static boolean dangles(List<Placed> answer, int i, List<List<String>> sources) {
        Placed s = answer.get(i);
        String text = s.text().strip();
        boolean item = LIST_ITEM.matcher(text).find();
        boolean backward = pointsBack(text) || item;
        boolean forward = !item && !ENDS.matcher(text).find() || text.endsWith(":");
        if (s.first() > 0) {
            List<String> source = sources.get(s.passage() - 1);
            String previous = source.get(s.first() - 1).strip();
            if (previous.endsWith(":") || !LIST_ITEM.matcher(previous).find() && !ENDS.matcher(previous).find()) {
                backward = true;
            }
        }
        if (s.last() >= 0 && !forward) {
            List<String> source = sources.get(s.passage() - 1);
            // a lead-in whose items were all left out still promises them
            forward = s.first() == s.last() && s.last() + 1 < source.size()
                    && LIST_ITEM.matcher(source.get(s.last() + 1).strip()).find() && !ENDS.matcher(text).find();
        }
        if (backward && !(i > 0 && follows(answer.get(i - 1), s))) {
            return true;
        }
        return forward && !(i + 1 < answer.size() && follows(s, answer.get(i + 1)));
    }

    static boolean pointsBack(String text) {
        return POINTS_BACK.matcher(text.strip()).find();
    }

    private static boolean follows(Placed before, Placed after) {
        return before.passage() == after.passage() && before.last() >= 0 && after.first() == before.last() + 1;
    }
}
