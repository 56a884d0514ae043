package org.salus.guardrails.text;

import java.util.List;

/**
 * One data-file rule: it fires when every {@code all} pattern has an affirmed match and no {@code none} pattern
 * matches; patterns are regular expressions over {@link NormalizedText#fold folded} text, word-bounded.
 */
public record Rule(String id, List<String> categories, String urgency, String topic, List<Phrase> all,
                   List<Phrase> none, boolean needsSituation) {

    public Rule {
        categories = List.copyOf(categories);
        all = List.copyOf(all);
        none = List.copyOf(none);
        topic = topic == null ? "" : topic;
    }

    /**
     * True when every {@code all} pattern has an affirmed match and some sentence holding an affirmed match of the
     * first pattern is free of {@code none} patterns (exclusions are local, so text appended elsewhere in the
     * message cannot switch a rule off).
     */
    public boolean matches(NormalizedText text) {
        for (int i = 1; i < all.size(); i++) {
            if (!text.containsAffirmed(all.get(i))) {
                return false;
            }
        }
        if (all.isEmpty()) {
            return false;
        }
        if (none.isEmpty()) {
            return text.containsAffirmed(all.getFirst());
        }
        for (String sentence : text.sentencesWithAffirmed(all.getFirst())) {
            if (none.stream().noneMatch(p -> p.pattern().matcher(sentence).find())) {
                return true;
            }
        }
        return false;
    }

}
