package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.kb.index.Passage;
import org.salus.kb.search.ScoredPassage;

class CoveredTopicsTest {

    private static Evidence titled(String language, String... titles) {
        List<ScoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Passage p = new Passage("p" + i, "d" + titles[i], titles[i], titles[i], "Text about " + titles[i] + ".",
                    language, "NLM", "https://medlineplus.gov/" + i + ".html", "approved", LocalDate.of(2026, 1, 1));
            passages.add(new ScoredPassage(p, i, 1.0 - i * 0.1, 1.0, 1.0, Double.NaN));
        }
        return new Evidence(passages, false);
    }

    private static Question question(String text, String language) {
        return new Question(text, language, null, List.of());
    }

    @Test
    void namesTheDocumentsWhoseTitleNamesTheFocusOnceEach() {
        Evidence evidence = titled("en", "Appendicitis", "Abdominal Pain", "Appendicitis", "Peritonitis");

        CoveredTopics covered = CoveredTopics.of(question("How do you check for appendicitis at home?", "en"), evidence);

        assertThat(covered.focus()).isEqualTo("check for appendicitis");
        assertThat(covered.topics()).containsExactly(
                new CoveredTopics.Topic("Appendicitis", "https://medlineplus.gov/0.html"));
    }

    @Test
    void isEmptyWhenNoTitleNamesTheFocusSoTheReplyAbstains() {
        Evidence evidence = titled("en", "Fever", "Common Cold");

        assertThat(CoveredTopics.of(question("How do I fix my car's brakes?", "en"), evidence).isEmpty()).isTrue();
    }

    @Test
    void isEmptyWhenTheQuestionHasNoFocus() {
        assertThat(CoveredTopics.of(question("What should I do?", "en"), titled("en", "Fever")).isEmpty()).isTrue();
    }

    @Test
    void readsSpanishQuestionsInTheirOwnWords() {
        Evidence evidence = titled("es", "Fiebre", "Escarlatina");

        CoveredTopics covered = CoveredTopics.of(question("¿La escarlatina todavía existe hoy?", "es"), evidence);

        assertThat(covered.focus()).startsWith("escarlatina");
        assertThat(covered.topics()).extracting(CoveredTopics.Topic::title).containsExactly("Escarlatina");
    }

    @Test
    void namesAtMostThreeDocuments() {
        Evidence evidence = titled("en", "Diabetes", "Diabetes Type 1", "Diabetes Type 2", "Diabetes in Pregnancy");

        assertThat(CoveredTopics.of(question("Is diabetes in pregnancy contagious?", "en"), evidence).topics()).hasSize(3);
    }

    @Test
    void aTitleSharingOneWordOfSeveralIsNotNamed() {
        Evidence evidence = titled("en", "Immune System and Disorders", "Salivary Gland Disorders", "Dietary Fats");

        assertThat(CoveredTopics.of(question("How to stop using an estradiol transdermal system patch", "en"), evidence)
                .isEmpty()).isTrue();
        assertThat(CoveredTopics.of(question("Can you squeeze a salivary gland stone out?", "en"), evidence).topics())
                .extracting(CoveredTopics.Topic::title).containsExactly("Salivary Gland Disorders");
        assertThat(CoveredTopics.of(question("How can I lose belly fat fast?", "en"), evidence).isEmpty()).isTrue();
    }
}
