package org.salus.guardrails.redaction;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A detector made of one regular expression, the group that holds the identifier, and an optional check. */
final class PatternDetector implements Detector {

    private final String type;
    private final Pattern pattern;
    private final String group;
    private final Predicate<String> valid;
    private final boolean readsCapitals;
    private final WordGate gate;

    PatternDetector(String type, Pattern pattern, String group, Predicate<String> valid) {
        this(type, pattern, group, valid, false);
    }

    private PatternDetector(String type, Pattern pattern, String group, Predicate<String> valid, boolean capitals,
                            WordGate gate) {
        this.type = type;
        this.pattern = pattern;
        this.group = group;
        this.valid = valid;
        this.readsCapitals = capitals;
        this.gate = gate;
    }

    private PatternDetector(String type, Pattern pattern, String group, Predicate<String> valid, boolean capitals) {
        this(type, pattern, group, valid, capitals, null);
    }

    /** The same detector, reading capitals as a sign of a name (so it sees capital-only lines lowered). */
    PatternDetector readingCapitals() {
        return new PatternDetector(type, pattern, group, valid, true, gate);
    }

    /**
     * The same detector, run only around the words {@code gate} triggers on: every match must hold one of them, at
     * most {@code gate}'s reach away from the match's ends.
     */
    PatternDetector gated(WordGate gate) {
        return new PatternDetector(type, pattern, group, valid, readsCapitals, gate);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        if (gate == null) {
            detect(readsCapitals ? view.lowered() : view.text(), out);
            return;
        }
        String text = readsCapitals ? view.lowered() : view.text();
        gate.find(pattern, text, readsCapitals ? view.loweredWords() : view.words(), m -> add(text, m, out));
    }

    @Override
    public boolean readsCapitals() {
        return readsCapitals;
    }

    static PatternDetector of(String type, String regex) {
        return new PatternDetector(type, Pattern.compile(regex), null, s -> true);
    }

    static PatternDetector of(String type, String regex, Predicate<String> valid) {
        return new PatternDetector(type, Pattern.compile(regex), null, valid);
    }

    /** Only the named group {@code id} of each match is reported. */
    static PatternDetector grouped(String type, String regex, Predicate<String> valid) {
        return new PatternDetector(type, Pattern.compile(regex), "id", valid);
    }

    @Override
    public void detect(String text, List<Span> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(text, m, out);
        }
    }

    private void add(String text, Matcher m, List<Span> out) {
        int start = group == null ? m.start() : m.start(group);
        int end = group == null ? m.end() : m.end(group);
        if (start < 0 || end <= start) {
            return;
        }
        end = trimTrailing(text, start, end);
        if (end > start && valid.test(text.substring(start, end))) {
            out.add(new Span(start, end, type));
        }
    }

    @Override
    public String toString() {
        String regex = pattern.pattern();
        return type + " " + (regex.length() > 90 ? regex.substring(0, 90) + "…" : regex);
    }

    private static int trimTrailing(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
