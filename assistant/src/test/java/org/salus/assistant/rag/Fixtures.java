package org.salus.assistant.rag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salus.kb.index.Passage;
import org.salus.kb.search.ScoredPassage;

/** Evidence built from plain strings for the rag package's unit tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Evidence evidence(String... texts) {
        List<ScoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Passage p = new Passage("p" + i, "d" + i, "Title " + i, "Section", texts[i], "en", "Publisher",
                    "https://example.org/" + i, "demo", LocalDate.of(2026, 1, 1));
            passages.add(new ScoredPassage(p, i, 1.0 - i * 0.1, 1.0, 1.0, Double.NaN));
        }
        return new Evidence(passages, true);
    }
}
