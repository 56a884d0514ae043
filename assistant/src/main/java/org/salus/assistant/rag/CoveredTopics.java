package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the library does cover when it cannot answer the exact question: the question's focus in the asker's own
 * words and the documents among the evidence whose title or section names it, so that the reply says "I don't have
 * vetted information on X. The library covers: …" instead of a bare "no vetted information". Empty when no passage
 * addresses the focus, and only then does the reply abstain outright.
 */
public record CoveredTopics(String focus, List<Topic> topics) {

    /** At most this many documents are named. */
    static final int MAX_TOPICS = 3;
    /** Title words that say what kind of topic it is, not which ("Disorders", "Enfermedades"), as analyzers stem them. */
    private static final Set<String> KIND = Set.of("disord", "diseas", "problem", "condit", "syndrom", "infect",
            "enfermedad", "trastorn", "infeccion", "sindrom", "afeccion");
    /** Who asks, which is never the focus ("How do you check…", "¿Usted puede…"). */
    private static final Pattern PERSON = Pattern.compile("(?iu)[¿¡]?(?:you|your|yourself|we|our|they|usted|ustedes|yo)[?,.]?");

    /** A document the library holds: its title and where to read it (blank when it has no address). */
    public record Topic(String title, String url) {}

    public CoveredTopics {
        topics = List.copyOf(topics);
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /**
     * The documents of {@code evidence}, best first, whose title is mostly what the question's focus names: more than
     * half of the title's own terms (without kind words such as "Disorders") are focus terms, or a synonym phrase of
     * the question is in it. "How do you check for appendicitis at home?" names Appendicitis; a question on an
     * estradiol "transdermal system" does not name "Immune System and Disorders".
     */
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
            Set<String> title = Terms.distinctive(Terms.of(p.title(), language));
            title.removeAll(KIND);
            long named = title.stream().filter(focus::contains).count();
            boolean names = 2 * named > title.size() || synonyms.stream().anyMatch(Terms.of(p.title(), language)::containsAll);
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
            if (!PERSON.matcher(words[i]).matches() && !Terms.distinctive(Terms.of(words[i], language)).isEmpty()) {
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
