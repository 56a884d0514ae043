package org.salus.guardrails.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as nurses write them: day and month without a year ("2/14", "ON 3/2", "12/03"), month and year
 * ("S/P CABG 6/98", "11/2003"), and hyphenated "10-12" when a date word introduces it. Scores, fractions
 * and ranges of the same shape are left to {@link ClinicalFigures}.
 */
final class ShorthandDates implements Detector {

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?=\\d)(?<![\\d/.:,-])(\\d{1,2})\\s?/\\s?(\\d{1,2})(?![\\d]|\\s?/\\s?\\d|\\.\\d|:\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?=\\d)(?<![\\d/.:,-])(0?[1-9]|1[0-2])[/-]((?:19|20)\\d\\d|[3-9]\\d|0\\d)(?![\\d]|[/-]\\d|\\.\\d)");
    private static final Pattern HYPHENATED = Pattern.compile("(?iu)(?:\\bon|since|admitted|admit|adm|dob|d\\.o\\.b\\.?"
            + "|dated|born|until|thru|through|from|el|desde|fecha|of)[\\s:]+(0?[1-9]|1[0-2])-(0?[1-9]|[12]\\d|3[01])"
            + "(?![\\d]|-\\d|\\.\\d|\\s?(?:%|mg|mcg|cc|ml|l\\b|units?|mmhg|bpm|beats|breaths|mins?|hrs?|hours?|days?))");
    private static final Pattern FRACTION_CUE = Pattern.compile(
            "(?iu)(?:\\bon|since|admitted|adm|dob|dated|born|until|thru|through|from|el|desde|fecha|de|d/c|dc|seen|as of"
            + "|of|el d[ií]a|hasta)[\\s:]*$");

    private static final WordGate HYPHEN_CUES = WordGate.of("on|since|admitted|admit|adm|dob|d|dated|born|until|thru"
            + "|through|from|el|desde|fecha|of", 0, 0, 0, 40);

    @Override
    public void detect(String text, List<Span> out) {
        detect(text, out, null);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        detect(view.text(), out, view.words());
    }

    private static void detect(String text, List<Span> out, List<Words.Word> words) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean plausible = a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12);
            boolean fraction = a < b && b <= 4;
            String before = text.substring(Math.max(0, m.start() - 14), m.start());
            if (plausible && (!fraction || FRACTION_CUE.matcher(before).find())) {
                out.add(new Span(m.start(), m.end(), "DATE"));
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            out.add(new Span(my.start(), my.end(), "DATE"));
        }
        if (words == null) {
            Matcher h = HYPHENATED.matcher(text);
            while (h.find()) {
                out.add(new Span(h.start(1), h.end(2), "DATE"));
            }
        } else {
            HYPHEN_CUES.find(HYPHENATED, text, words, h -> out.add(new Span(h.start(1), h.end(2), "DATE")));
        }
    }
}
