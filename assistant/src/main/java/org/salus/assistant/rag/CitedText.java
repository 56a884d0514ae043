package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.kb.text.Sentences;

/** Reads "[n]" citation markers out of model-written text, sentence by sentence. */
final class CitedText {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)]");
    /** The end of a sentence that later text cannot change: a full stop, its markers, a space, then a new word. */
    private static final Pattern SETTLED_END = Pattern.compile(
            "(?:[.!?](?:\\s*\\[[\\d,;\\s]*])*\\s+|(?:\\s*\\[[\\d,;\\s]*])*\\s*\\n\\s*)(?=[^\\s\\[])");

    private CitedText() {
    }

    static List<AnswerSentence> parse(String text, String language) {
        List<AnswerSentence> result = new ArrayList<>();
        // A marker after the full stop belongs to the sentence before it: move it inside before splitting.
        String normalised = text.replaceAll("([.!?])((?:\\s*\\[\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*])+)", "$2$1");
        for (String sentence : Sentences.split(normalised, language)) {
            AnswerSentence parsed = sentence(sentence);
            if (!parsed.text().isBlank()) {
                result.add(parsed);
            }
        }
        return result;
    }

    /**
     * How many leading characters of a text still being streamed hold only finished sentences: however the text
     * continues, it cannot add a citation marker to them or join them to the next sentence.
     */
    static int settled(String text, String language) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = SETTLED_END.matcher(text);
        while (m.find()) {
            ends.add(m.end());
        }
        List<AnswerSentence> whole = parse(text, language);
        for (int i = ends.size() - 1; i >= 0; i--) {
            List<AnswerSentence> head = parse(text.substring(0, ends.get(i)), language);
            if (head.size() < whole.size() && head.equals(whole.subList(0, head.size()))) {
                return ends.get(i);
            }
        }
        return 0;
    }

    static AnswerSentence sentence(String sentence) {
        Set<Integer> citations = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String n : m.group(1).split("\\s*[,;]\\s*")) {
                citations.add(Integer.parseInt(n.strip()));
            }
        }
        String clean = MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.!?,;:])", "$1").strip();
        return new AnswerSentence(clean, List.copyOf(citations));
    }
}
