package org.salus.guardrails.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hospital contact numbers too short for a phone library: pagers, beepers and extensions ("BEEPER #4-1234",
 * "X5521", "ext. 204", "busca 3345").
 */
final class ContactNumbers implements Detector {

    private static final Pattern LABELLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:beeper|beep|pager|pgr|bpr|page|paged"
            + "|ext|extension|extensi[oó]n|busca|buscapersonas|mobile|cell|phone|tel|tfno|tlf|fax|call back|callback"
            + "|contact)\\.?\\s*(?:at|is|no\\.?|number|#|:|-)?\\s*#?\\s*(\\d{1,4}[- ]?\\d{3,5})(?![\\d/.:])");
    private static final Pattern EXTENSION = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<!\\d\\s)x(\\d{3,5})(?![\\d])");

    @Override
    public void detect(String text, List<Span> out) {
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(1), m.end(1), "PHONE"));
        }
        Matcher x = EXTENSION.matcher(text);
        while (x.find()) {
            out.add(new Span(x.start(), x.end(), "PHONE"));
        }
    }
}
