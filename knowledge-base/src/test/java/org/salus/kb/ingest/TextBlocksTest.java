package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document.Section;

class TextBlocksTest {

    @Test
    void markdownBulletsStayMarkedItemsWhoseFullStopDoesNotHideThem() {
        var sections = TextBlocks.sectionsFromMarkdown("""
                Dos infecciones comunes del ojo son:

                * Conjuntivitis: también conocida como ojo rojo.
                + Orzuelo
                - **Blefaritis**, una [inflamación](https://example.org) del párpado

                Consulte a su médico.""", "Ojos");

        assertThat(sections).extracting(Section::heading, Section::text).containsExactly(tuple("Ojos", """
                Dos infecciones comunes del ojo son:

                - Conjuntivitis: también conocida como ojo rojo.

                - Orzuelo

                - Blefaritis, una inflamación del párpado

                Consulte a su médico."""));
    }

    @Test
    void aBulletRightUnderALeadInLineDoesNotMergeIntoIt() {
        var sections = TextBlocks.sectionsFromMarkdown("Los síntomas incluyen:\n* Fiebre\n* Falta de apetito\n", "Gripe");

        assertThat(sections.getFirst().text()).isEqualTo("Los síntomas incluyen:\n\n- Fiebre\n\n- Falta de apetito");
    }

    @Test
    void anEmptyBulletLeavesNoStrayMark() {
        assertThat(TextBlocks.sectionsFromMarkdown("Uno:\n*   \n* Dos", "T").getFirst().text()).isEqualTo("Uno:\n\n- Dos");
    }

    @Test
    void htmlListItemsAreMarkedAlsoWhenTheirTextIsInAParagraph() {
        String text = TextBlocks.fromHtml("<p>Signs include:</p><ul><li>Sudden <b>numbness</b></li>"
                + "<li>\n  <p>Trouble seeing.</p></li></ul><p>Call 911.</p>");

        assertThat(text).isEqualTo("Signs include:\n\n- Sudden numbness\n\n- Trouble seeing.\n\nCall 911.");
    }

    @Test
    void paragraphsAndDashesInsideTextAreNotItems() {
        assertThat(TextBlocks.fromHtml("<p>Type 2 diabetes - the most common - is rising.</p><p>See a doctor.</p>"))
                .isEqualTo("Type 2 diabetes - the most common - is rising.\n\nSee a doctor.");
        assertThat(TextBlocks.sectionsFromMarkdown("Age -related changes\n*not a bullet*", "T").getFirst().text())
                .isEqualTo("Age -related changes not a bullet");
    }
}
