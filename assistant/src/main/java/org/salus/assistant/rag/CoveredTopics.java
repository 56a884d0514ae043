package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the library does cover when it cannot answer the exact question: the question's focus in the asker's own
 * words and the documents among the evidence whose title or section names it, so that the reply says "I don't have
 * vetted information on X. The library covers: …" instead of a bare "no vetted information". Empty when no passage
 * addresses the focus, and only then does the reply abstain outright.
 */
public record CoveredTopics(String focus, List<Topic> topics) {

    /** At most this many documents are named. */
    static final int MAX_TOPICS = 3;

    /** A document the library holds: its title and where to read it (blank when it has no address). */
    public record Topic(String title, String url) {}

    public CoveredTopics {
        topics = List.copyOf(topics);
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /** The documents of {@code evidence}, best first, whose title or section names a term of the question's focus. */
    public static CoveredTopics of(Question question, Evidence evidence) {
        String language = question.language();
        Set<String> focus = Terms.distinctive(Terms.of(question.text(), language));
        List<Set<String>> synonyms = question.expansions().stream()
                .map(e -> Terms.of(e, language)).filter(t -> !t.isEmpty()).toList();
        String phrase = phrase(question.text(), language);
        if (focus.isEmpty() || phrase.isBlank()) {
            return new CoveredTopics("", List.of());
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (var scored : evidence.passages()) {
            var p = scored.passage();
            Set<String> heading = Terms.of(p.title() + " " + (p.section() == null ? "" : p.section()), language);
            boolean names = focus.stream().anyMatch(heading::contains) || synonyms.stream().anyMatch(heading::containsAll);
            if (names && topics.size() < MAX_TOPICS && documents.add(p.docId())) {
                topics.add(new Topic(p.title(), p.url() == null ? "" : p.url()));
            }
        }
        return new CoveredTopics(phrase, topics);
    }

    /**
     * The question's words from its first to its last distinctive one ("How do you check for appendicitis at home?"
     * gives "check for appendicitis"), so the reply names what was asked in the asker's words.
     */
    static String phrase(String question, String language) {
        String[] words = question.strip().split("\\s+");
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (!Terms.distinctive(Terms.of(words[i], language)).isEmpty()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return "";
        }
        String span = String.join(" ", List.of(words).subList(first, last + 1));
        return span.replaceAll("^[\\p{Punct}¿¡«“\"']+|[\\p{Punct}»”\"'?!.]+$", "");
    }
}
