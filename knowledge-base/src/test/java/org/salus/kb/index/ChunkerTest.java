package org.salus.kb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;
import org.salus.kb.text.Sentences;

class ChunkerTest {

    private static Document document(Section... sections) {
        return new Document("doc", "Title", "en", "Publisher", "https://example.org", List.of(sections),
                List.of(), List.of(), null, List.of());
    }

    private static String sentences(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> prefix + " sentence number " + i + " has exactly seven words.")
                .collect(Collectors.joining(" "));
    }

    @Test
    void neverCrossesASectionBoundary() {
        Document doc = document(new Section("First", "Short first section."), new Section("Second", "Short second section."));

        List<Passage> passages = new Chunker(10, 20).chunk(doc);

        assertThat(passages).extracting(Passage::section, Passage::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("First", "Short first section."),
                org.assertj.core.groups.Tuple.tuple("Second", "Short second section."));
        assertThat(passages).extracting(Passage::id).containsExactly("doc#0.0", "doc#1.0");
    }

    @Test
    void respectsTheWordBudgetWithWholeSentences() {
        String text = sentences("Alpha", 12);
        List<Passage> passages = new Chunker(20, 30).chunk(document(new Section("S", text)));

        assertThat(passages).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(Sentences.words(p.text())).isLessThanOrEqualTo(30))
                .allSatisfy(p -> assertThat(p.text()).startsWith("Alpha sentence").endsWith("words."));
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(text);
    }

    @Test
    void cutsUnpunctuatedTextAtWordBoundariesWithoutLosingWords() {
        String text = IntStream.range(0, 250).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        List<Passage> passages = new Chunker(40, 60).chunk(document(new Section("S", text)));

        assertThat(passages).hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(Sentences.words(p.text())).isBetween(1, 60));
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(text);
    }

    @Test
    void paragraphBreaksInsideAPassageAreKept() {
        List<Passage> passages = new Chunker(50, 80).chunk(document(new Section("S", "First paragraph.\n\nSecond one.")));

        assertThat(passages).singleElement().extracting(Passage::text).isEqualTo("First paragraph.\nSecond one.");
    }

    @Test
    void passagesCarryProvenanceAndReview() {
        Passage p = new Chunker(10, 20).chunk(document(new Section("S", "Some text."))).getFirst();

        assertThat(p.docId()).isEqualTo("doc");
        assertThat(p.title()).isEqualTo("Title");
        assertThat(p.url()).isEqualTo("https://example.org");
        assertThat(p.reviewStatus()).isEqualTo("approved");
    }

    @Test
    void rejectsABudgetThatCannotHoldASentence() {
        assertThatThrownBy(() -> new Chunker(5, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chunker(30, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
