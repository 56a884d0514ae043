package org.salus.kb.index;

import java.util.ArrayList;
import java.util.List;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;
import org.salus.kb.text.Sentences;

/** Cuts documents into passages of whole sentences that never cross a section boundary. */
public final class Chunker {

    private final int targetWords;
    private final int maxWords;

    public Chunker(int targetWords, int maxWords) {
        if (targetWords < 10 || maxWords < targetWords) {
            throw new IllegalArgumentException("need 10 <= targetWords <= maxWords");
        }
        this.targetWords = targetWords;
        this.maxWords = maxWords;
    }

    public static Chunker standard() {
        return new Chunker(110, 180);
    }

    public List<Passage> chunk(Document document) {
        List<Passage> passages = new ArrayList<>();
        var review = document.review();
        for (int s = 0; s < document.sections().size(); s++) {
            Section section = document.sections().get(s);
            int part = 0;
            for (String text : pieces(section.text(), document.language())) {
                passages.add(new Passage(document.id() + "#" + s + "." + part++, document.id(), document.title(),
                        section.heading(), text, document.language(), document.publisher(), document.url(),
                        review.status().id(), review.reviewedOn(), document.updatedOn()));
            }
        }
        return passages;
    }

    private List<String> pieces(String text, String language) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String paragraph : text.split("\\n")) {
            boolean paragraphStart = true;
            for (String sentence : Sentences.split(paragraph, language)) {
                for (String unit : cap(sentence)) {
                    int n = Sentences.words(unit);
                    if (words > 0 && words + n > maxWords) {
                        pieces.add(current.toString());
                        current.setLength(0);
                        words = 0;
                    }
                    if (!current.isEmpty()) {
                        current.append(paragraphStart ? '\n' : ' ');
                    }
                    paragraphStart = false;
                    current.append(unit);
                    words += n;
                    if (words >= targetWords) {
                        pieces.add(current.toString());
                        current.setLength(0);
                        words = 0;
                    }
                }
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** Sentences longer than the passage budget (unpunctuated sources) are cut at word boundaries. */
    private List<String> cap(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= maxWords) {
            return List.of(sentence);
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.length; i += targetWords) {
            units.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + targetWords))));
        }
        return units;
    }
}
