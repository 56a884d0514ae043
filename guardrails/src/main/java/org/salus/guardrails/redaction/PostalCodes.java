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
                s -> true).gated(WordGate.of("zip|postal|postcode|post|c[oó]digo|c|cp", 0, 0, 3, 24));
    }

    /** "Chicago, IL 60614": a US state's code, then a ZIP code. */
    static Detector afterState() {
        return PatternDetector.grouped("ZIP", "(?<![\\p{L}])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY"
                + "|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
                + "|PR),?\\s+(?<id>\\d{5}(?:-\\d{4})?)(?![\\p{N}-])", s -> true)
                .gated(WordGate.of("[a-z]{2}", 0, 0, 0, 16));
    }
}
