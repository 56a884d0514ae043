package org.salus.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MedlinePlusSiteTest {

    private static final URI PAGE = URI.create("https://medlineplus.gov/xml.html");

    @Test
    void takesTheNewestDatedTopicFilePreferringPlainXml() {
        String page = """
                <a href="xml/mplus_topics_compressed_2026-12-05.zip">zip</a>
                <a href='xml/mplus_topics_2026-12-05.xml'>xml</a>
                <a href="xml/mplus_topics_2026-11-28.xml">last week</a>
                <a href="xml/mplus_topic_groups_2026-12-06.xml">groups</a>""";

        assertThat(MedlinePlusSite.latestIn(page, PAGE)).hasValueSatisfying(link -> {
            assertThat(link.uri()).isEqualTo(URI.create("https://medlineplus.gov/xml/mplus_topics_2026-12-05.xml"));
            assertThat(link.zipped()).isFalse();
            assertThat(link.fileName()).isEqualTo("mplus_topics_2026-12-05.xml");
        });
    }

    @Test
    void takesTheZipWhenItIsTheOnlyFormLinked() {
        String page = "<a href=\"https://medlineplus.gov/xml/mplus_topics_compressed_2026-12-05.zip\">zip</a>";

        assertThat(MedlinePlusSite.latestIn(page, PAGE)).hasValueSatisfying(link -> assertThat(link.zipped()).isTrue());
    }

    @Test
    void aPageWithoutTopicFilesFindsNothing() {
        assertThat(MedlinePlusSite.latestIn("<a href=\"xml/mplus_topic_groups_2026-12-06.xml\">groups</a>", PAGE)).isEmpty();
    }
}
