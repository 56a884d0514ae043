package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.RagSettings;
import org.salus.kb.search.ScoredPassage;

class RankFusionTest {

    private static final ScoredPassage A = JudgeTest.passage("a#1", "a", "Alpha.");
    private static final ScoredPassage B = JudgeTest.passage("b#1", "b", "Beta.");
    private static final ScoredPassage C = JudgeTest.passage("c#1", "c", "Gamma.");
    private final RankFusion fusion = new RankFusion(RagSettings.defaults().fusion().k());

    @Test
    void aSingleListKeepsItsOrder() {
        assertThat(ids(fusion.reciprocal(List.of(List.of(C, A, B))))).containsExactly("c#1", "a#1", "b#1");
    }

    @Test
    void aPassageSeveralListsRankHighComesFirst() {
        var fused = fusion.reciprocal(List.of(List.of(A, B), List.of(B, C), List.of(C, B)));
        assertThat(ids(fused)).containsExactly("b#1", "c#1", "a#1");
        assertThat(fused.getFirst().score()).isEqualTo(1.0 / 62 + 1.0 / 61 + 1.0 / 62);
    }

    @Test
    void tiesKeepTheOrderOfFirstAppearance() {
        assertThat(ids(fusion.reciprocal(List.of(List.of(A, C), List.of(C, A))))).containsExactly("a#1", "c#1");
    }

    @Test
    void nothingToFuseIsAnEmptyRanking() {
        assertThat(fusion.reciprocal(List.of(List.of(), List.of()))).isEmpty();
    }

    private static List<String> ids(List<ScoredPassage> passages) {
        return passages.stream().map(p -> p.passage().id()).toList();
    }
}
