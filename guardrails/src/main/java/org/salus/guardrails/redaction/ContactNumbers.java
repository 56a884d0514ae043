package org.salus.guardrails.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Hospital contact numbers too short for a phone library: pagers, beepers and extensions ("BEEPER #4-1234",
 * "X5521", "ext. 204", "busca 3345").
 */
final class ContactNumbers implements Detector {

    private static final Pattern LABELLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:beeper|beep|bleep|pager|pgr|bpr|page|paged"
            + "|ext|extension|extensi[oó]n|busca|buscapersonas|mobile|cell|phone|tel|tfno|tlf|fax|call back|callback"
            + "|contact)\\.?\\s*(?:at|is|no\\.?|number|#|:|-)?\\s*#?\\s*(\\d{1,4}[- ]?\\d{3,5})(?![\\d/:]|\\.\\d)");
    private static final Pattern EXTENSION = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<!\\d\\s)x(\\d-\\d{4}|\\d{3,5})(?![\\d])");

    private static final WordGate LABELS = WordGate.of("beeper|beep|bleep|pager|pgr|bpr|page|paged|ext|extension"
            + "|extensi[oó]n|busca|buscapersonas|mobile|cell|phone|tel|tfno|tlf|fax|call|callback|contact", 0, 0, 2, 20);
    private static final WordGate X = WordGate.of("x", 0, 0, 0, 7);

    @Override
    public void detect(String text, List<Span> out) {
        detect(text, Words.of(text), out);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        detect(view.text(), view.words(), out);
    }

    private static void detect(String text, List<Words.Word> words, List<Span> out) {
        LABELS.find(LABELLED, text, words, m -> out.add(new Span(m.start(1), m.end(1), "PHONE")));
        X.find(EXTENSION, text, words, x -> out.add(new Span(x.start(), x.end(), "PHONE")));
    }
}
