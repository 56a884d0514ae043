package org.salus.assistant.modes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Evidence;
import org.salus.kb.search.ScoredPassage;

/**
 * One numbering for passages gathered from several retrievals (sub-questions or agents); numbers never change once
 * given, so sentences already sent keep pointing at the right passage.
 */
final class MergedEvidence {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<ScoredPassage> passages = new ArrayList<>();

    synchronized AnswerSentence renumber(AnswerSentence sentence, Evidence from, String prefix) {
        List<Integer> cited = new ArrayList<>();
        for (int n : sentence.citations()) {
            ScoredPassage p = from.get(n);
            cited.add(numbers.computeIfAbsent(p.passage().id(), id -> {
                passages.add(p);
                return passages.size();
            }));
        }
        return new AnswerSentence(prefix + sentence.text(), cited.stream().distinct().toList());
    }

    synchronized Evidence evidence() {
        return new Evidence(passages, !passages.isEmpty());
    }
}
