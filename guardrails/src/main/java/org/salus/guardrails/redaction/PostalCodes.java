package org.salus.guardrails.redaction;

/** Postal codes introduced by a label ("ZIP", "postal code", "código postal", "C.P."). */
final class PostalCodes {

    private static final String VALUE = "(?<id>\\d{3,5}(?:-\\d{3,4})?|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4}\\s?[A-Z]{2}"
            + "|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})";

    private PostalCodes() {
    }

    static Detector labelled() {
        return PatternDetector.grouped("ZIP", "(?iu)\\b(?:zip(?:\\s?code)?|postal code|postcode|post code"
                + "|c[oó]digo postal|c\\.p\\.|cp)\\b[\\s:#.]*(?:(?:is|es|was|era)\\s+)?" + VALUE + "(?![\\p{L}\\p{N}])",
                s -> true);
    }
}
