package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.RagSettings;
import org.salus.kb.index.Passage;
import org.salus.kb.search.ScoredPassage;

class JudgeTest {

    static ScoredPassage passage(String id, String docId, String text) {
        return new ScoredPassage(new Passage(id, docId, "Stroke", "Signs", text, "en", "Test", "https://example.org",
                "approved", null), 0, 1, 1, 1, 1);
    }

    private static final ScoredPassage SIGNS = passage("stroke#1", "stroke",
            "Stroke warning signs include sudden numbness or weakness of the face, arm or leg.");
    private static final ScoredPassage CARE = passage("stroke#2", "stroke", "People having a stroke need emergency care right away.");
    private static final ScoredPassage EXERCISE = passage("exercise#1", "exercise", "Adults need 150 minutes of activity a week.");

    private final Judge judge = new Judge(RagSettings.defaults().similarity().sameClaim());

    @Test
    void dropsAClaimMadeByOneAgentOnly() {
        var lexical = new Judge.Ballot("lexical", new Evidence(List.of(SIGNS, CARE), true), List.of(
                new AnswerSentence(SIGNS.passage().text(), List.of(1)),
                new AnswerSentence(CARE.passage().text(), List.of(2))));
        var semantic = new Judge.Ballot("semantic", new Evidence(List.of(CARE, SIGNS), true), List.of(
                new AnswerSentence(SIGNS.passage().text(), List.of(2))));

        Judge.Verdict verdict = judge.judge(List.of(lexical, semantic), "en");

        assertThat(verdict.sentences()).extracting(AnswerSentence::text).containsExactly(SIGNS.passage().text());
        assertThat(verdict.sentences().getFirst().citations()).containsExactly(1);
        assertThat(verdict.evidence().get(1).passage().id()).isEqualTo("stroke#1");
        assertThat(verdict.disagreements()).containsExactly("lexical");
        assertThat(verdict.kept()).containsEntry("lexical", 1).containsEntry("semantic", 1);
    }

    @Test
    void countsAParaphraseOfTheSameDocumentAsTheSameClaim() {
        var a = new Judge.Ballot("a", new Evidence(List.of(SIGNS), true), List.of(
                new AnswerSentence("Stroke warning signs include sudden weakness or numbness of the face, arm or leg.", List.of(1))));
        var b = new Judge.Ballot("b", new Evidence(List.of(SIGNS), true), List.of(
                new AnswerSentence("Warning signs of stroke include sudden numbness or weakness of the face, arm or leg.", List.of(1))));

        assertThat(judge.judge(List.of(a, b), "en").sentences()).hasSize(1);
    }

    @Test
    void doesNotMergeTheSameWordsCitedFromUnrelatedDocuments() {
        var a = new Judge.Ballot("a", new Evidence(List.of(SIGNS), true),
                List.of(new AnswerSentence(SIGNS.passage().text(), List.of(1))));
        var b = new Judge.Ballot("b", new Evidence(List.of(EXERCISE), true),
                List.of(new AnswerSentence(SIGNS.passage().text(), List.of(1))));

        Judge.Verdict verdict = judge.judge(List.of(a, b), "en");

        assertThat(verdict.sentences()).isEmpty();
        assertThat(verdict.disagreements()).containsExactly("a", "b");
    }

    @Test
    void ignoresUncitedSentences() {
        var a = new Judge.Ballot("a", new Evidence(List.of(SIGNS), true), List.of(new AnswerSentence("Stroke is bad.", List.of())));
        var b = new Judge.Ballot("b", new Evidence(List.of(SIGNS), true), List.of(new AnswerSentence("Stroke is bad.", List.of())));

        assertThat(judge.judge(List.of(a, b), "en").sentences()).isEmpty();
    }
}
