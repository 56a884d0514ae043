package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.reply.Citation;
import org.salus.kb.index.Passage;

/**
 * Renumbers evidence passages in order of first citation, so the answer's markers run [1], [2], …; a turn that
 * asks several questions numbers each one's passages on from the last.
 */
final class CitationNumbering {

    static final int EXCERPT_CHARS = 400;

    private final Map<Integer, Integer> numbers = new LinkedHashMap<>();
    private final int offset;

    CitationNumbering(int offset) {
        this.offset = offset;
    }

    /** The sentence with its citation markers before its final stop. */
    synchronized String render(AnswerSentence sentence) {
        StringBuilder text = new StringBuilder(sentence.text());
        String end = "";
        if (!text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
            end = text.substring(text.length() - 1);
            text.setLength(text.length() - 1);
        }
        for (int evidence : sentence.citations()) {
            int n = numbers.computeIfAbsent(evidence, e -> offset + numbers.size() + 1);
            text.append(" [").append(n).append(']');
        }
        return text.append(end).toString();
    }

    synchronized List<Citation> citations(RagPipeline.Answer answer) {
        List<Citation> citations = new ArrayList<>();
        numbers.forEach((evidence, n) -> {
            Passage p = answer.evidence().get(evidence).passage();
            citations.add(new Citation(n, p.id(), p.docId(), p.title(), p.url(), p.publisher(),
                    date(p.reviewedOn()), excerpt(p.text()), p.reviewStatus(), date(p.updatedOn()), p.version()));
        });
        return citations;
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The passage's opening, cut at a word boundary when there is one (a passage may have no space at all). */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, space > 0 ? space : EXCERPT_CHARS) + " …";
    }
}
