package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.salus.kb.text.Sentences;

/**
 * A passage as sentences a reader can take out of it: a list joins its lead-in ("Some common ones are: joint pain;
 * muscle pain."), fragments (headings, source lines, a lead-in whose items were cut off) are dropped, and a sentence
 * that opens by pointing back ("This can damage…", "But…", "Over time, this…") is marked, so the composer never
 * quotes it without the sentence before it.
 */
final class ReadableSentences {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•·]\\s+");
    private static final Pattern ENDS = Pattern.compile("[.!?…][\"”’)]?$");
    private static final String PRONOUNS = "this|these|that|those|it|its|it's|they|them|their|such|both|he|she|his|her"
            + "|esto|esta|este|estos|estas|eso|esa|ese|esos|esas|ello|ellos|ellas";
    /** A pronoun or connective first, or a pronoun after a short opening phrase ("Over time, this…"). */
    private static final Pattern POINTS_BACK = Pattern.compile("(?iu)^(?:(?:" + PRONOUNS
            + "|another|other|others|but|however|also|and|or|so|thus|therefore|then|still|instead|otherwise|moreover"
            + "|furthermore|in addition|as a result|for this reason|some common ones|some of them|most of them"
            + "|many of them|pero|sin embargo|además|también|entonces|por eso|por lo tanto|así|otros|otras|otro|otra"
            + "|algunos de ellos|la mayoría de ellos)\\b|(?:[\\p{L}\\p{N}'-]+\\s+){0,2}[\\p{L}\\p{N}'-]+,\\s*(?:" + PRONOUNS + ")\\b)");
    private static final int MIN_WORDS = 4;
    private static final int MAX_LIST_WORDS = 60;

    /**
     * One readable sentence: its text, its place among the passage's readable sentences, whether it points back, and
     * what it says in its own words (a list's lead-in, else the text), for telling what kind of answer it gives.
     */
    record Readable(String text, int position, boolean pointsBack, String own) {}

    private ReadableSentences() {
    }

    static List<Readable> of(String passage, String language) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : passage.split("\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        List<Readable> result = new ArrayList<>();
        boolean previousKept = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (isItem(paragraphs.get(i), false)) {
                previousKept = false; // an item without its lead-in is never quoted
                continue;
            }
            List<String> sentences = Sentences.split(paragraphs.get(i), language);
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = sentences.get(s);
                boolean last = s == sentences.size() - 1;
                List<String> items = last ? items(paragraphs, i + 1, sentence) : List.of();
                String text = items.isEmpty() ? sentence : joinList(sentence, items);
                boolean readable = !items.isEmpty()
                        || ENDS.matcher(sentence).find() && !sentence.endsWith("?") && Sentences.words(sentence) >= MIN_WORDS;
                if (!readable) {
                    previousKept = false;
                    continue;
                }
                boolean pointsBack = POINTS_BACK.matcher(sentence).find();
                if (pointsBack && !previousKept) {
                    // its antecedent is not in this passage: it cannot be made whole
                    continue;
                }
                result.add(new Readable(text, result.size(), pointsBack, sentence));
                previousKept = true;
            }
        }
        return result;
    }

    /** The list items after a lead-in, or none when {@code leadIn} does not lead into a list. */
    private static List<String> items(List<String> paragraphs, int from, String leadIn) {
        boolean colon = leadIn.endsWith(":");
        if (!colon && ENDS.matcher(leadIn).find()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = from; i < paragraphs.size() && isItem(paragraphs.get(i), colon || !items.isEmpty()); i++) {
            items.add(BULLET.matcher(paragraphs.get(i)).replaceFirst("").strip());
        }
        return items;
    }

    /** A bullet, or (after a lead-in) a short paragraph without a final stop, as list items are written. */
    private static boolean isItem(String paragraph, boolean afterLeadIn) {
        return BULLET.matcher(paragraph).find()
                || afterLeadIn && !ENDS.matcher(paragraph).find() && Sentences.words(paragraph) <= 40;
    }

    /** "Lead-in: first item; second item." with as many items as fit the list budget (at least one). */
    private static String joinList(String leadIn, List<String> items) {
        StringBuilder text = new StringBuilder(leadIn.replaceAll("[:\\s]+$", "")).append(": ");
        int words = Sentences.words(text.toString());
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i).replaceAll("[.;,:\\s]+$", "");
            int n = Sentences.words(item);
            if (i > 0 && words + n > MAX_LIST_WORDS) {
                break;
            }
            text.append(i == 0 ? "" : "; ").append(item);
            words += n;
        }
        return text.append('.').toString();
    }

    /**
     * "It happens when…" as "Gout happens when…": a sentence opening with "It" whose antecedent sentence opens with
     * the document's title (its subject) names the title instead, so it can stand alone. Empty when the rule does
     * not apply; the rewrite adds no word the passage lacks.
     */
    static java.util.Optional<String> namingTitle(String sentence, String antecedent, String title) {
        var it = Pattern.compile("^It (?=[a-z])").matcher(sentence);
        String subject = antecedent.replaceFirst("^(?:A|An|The) ", "");
        if (!it.find() || title.isBlank() || !subject.regionMatches(true, 0, title, 0, title.length())
                || subject.length() == title.length() || subject.charAt(title.length()) != ' ') {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(title + " " + sentence.substring(it.end()));
    }
}
