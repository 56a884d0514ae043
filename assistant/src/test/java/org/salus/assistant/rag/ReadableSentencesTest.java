package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableSentencesTest {

    private static List<String> texts(String passage, String language) {
        return ReadableSentences.of(passage, language).stream().map(ReadableSentences.Readable::text).toList();
    }

    @Test
    void joinsAListWithItsLeadIn() {
        String passage = "Lupus has many symptoms. Some common ones are\n- Joint pain or swelling\n- Muscle pain\n- Fatigue\n"
                + "There is no cure for lupus, but medicines can help control it.";

        assertThat(texts(passage, "en")).containsExactly(
                "Lupus has many symptoms.",
                "Some common ones are: Joint pain or swelling; Muscle pain; Fatigue.",
                "There is no cure for lupus, but medicines can help control it.");
    }

    @Test
    void joinsASpanishListAfterAColon() {
        String passage = "Los síntomas más comunes son:\nDolor en las articulaciones\nFiebre sin causa conocida\n"
                + "Los brotes pueden ser leves o graves.";

        assertThat(texts(passage, "es")).containsExactly(
                "Los síntomas más comunes son: Dolor en las articulaciones; Fiebre sin causa conocida.",
                "Los brotes pueden ser leves o graves.");
    }

    @Test
    void dropsFragmentsAndItemsWithoutTheirLeadIn() {
        String passage = "- Shortness of breath\n- Weakness\nAnemia is a low number of red blood cells.\n"
                + "Symptoms of anemia may include\nNIH: National Heart, Lung, and Blood Institute";

        assertThat(texts(passage, "en")).containsExactly("Anemia is a low number of red blood cells.");
    }

    @Test
    void marksSentencesThatPointBack() {
        List<ReadableSentences.Readable> sentences = ReadableSentences.of(
                "Diabetes raises your blood sugar. Over time, this can damage your eyes. But regular exercise helps a lot. "
                        + "Anyone can get diabetes, but some people are at higher risk.", "en");

        assertThat(sentences).extracting(ReadableSentences.Readable::pointsBack)
                .containsExactly(false, true, true, false);
    }

    @Test
    void dropsASentenceThatPointsBackToNothing() {
        assertThat(texts("This can damage your joints. Lupus is an autoimmune disease.", "en"))
                .containsExactly("Lupus is an autoimmune disease.");
    }

    @Test
    void namesTheTitleInsteadOfItWhenTheSentenceBeforeIsAboutTheTitle() {
        assertThat(ReadableSentences.namingTitle("It happens when uric acid builds up.", "Gout is a kind of arthritis.",
                "Gout")).contains("Gout happens when uric acid builds up.");
        assertThat(ReadableSentences.namingTitle("It can become active again.", "After chickenpox, the virus stays.",
                "Shingles")).isEmpty();
        assertThat(ReadableSentences.namingTitle("It can spread.", "Gouty arthritis is common.", "Gout")).isEmpty();
    }
}
