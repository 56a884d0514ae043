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
