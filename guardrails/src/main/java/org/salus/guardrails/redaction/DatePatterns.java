package org.salus.guardrails.redaction;

import java.util.List;

/** Detectors for dates (numeric, written in English or Spanish, weekdays, years) and stated ages. */
final class DatePatterns {

    private static final String MONTH_EN = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String MONTH_ES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String ORD = "(?:st|nd|rd|th|º|°)?";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String UNIT_AFTER = "(?!\\s?(?:mg|mcg|µg|ml|mL|g|kg|lb|lbs|cc|ui|iu|units?|unidades|kcal|calories"
            + "|calor[ií]as|steps|pasos|km|m|cm|mm|%|patients?|pacientes|people|personas|cases|casos|euros?|dollars?"
            + "|d[oó]lares|€|\\$)\\b)";
    private static final String AGE_UNIT_AFTER = "(?!\\s?(?:%|mg|mcg|ml|kg|kilos?|lbs?|pounds|cm|mm|ft|feet|foot|inches"
            + "|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|percent|am|pm|a\\.m\\.|p\\.m\\.|o'clock|:|\\.\\d"
            + "|,\\d|/))";

    private DatePatterns() {
    }

    /** Dates; weekdays and years standing alone only in the recall-first mode (Safe Harbor keeps both). */
    static List<Detector> dates(RedactionMode mode) {
        List<Detector> all = new java.util.ArrayList<>(List.of(
                PatternDetector.of("DATE", "(?=\\d)(?<![\\d.])" + YEAR + "[-/.](?:0?[1-9]|1[0-2])[-/.]" + DAY
                        + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])"),
                PatternDetector.of("DATE", "(?=\\d)(?<![\\d/.-])\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)",
                        DatePatterns::plausibleDayMonth),
                PatternDetector.of("DATE", "(?iu)\\b" + MONTH_EN + "\\.?\\s+" + DAY + ORD + "\\b(?:,?\\s+" + YEAR + "\\b)?")
                        .gated(WordGate.of(MONTH_EN, 0, 0, 2, 12)),
                PatternDetector.of("DATE", "(?iu)\\b" + DAY + ORD + "\\s+(?:of\\s+)?" + MONTH_EN + "\\b\\.?(?:,?\\s+" + YEAR
                        + "\\b)?").gated(WordGate.of(MONTH_EN, 2, 6, 0, 10)),
                PatternDetector.of("DATE", "(?iu)(?<![\\p{L}\\p{N}])" + DAY + "[-.\\s]" + MONTH_EN + "[-.\\s]" + "(?:" + YEAR
                        + "|\\d\\d)(?![\\p{L}\\p{N}])").gated(WordGate.of("\\d{1,2}-" + MONTH_EN + "-\\d{2,4}|" + MONTH_EN, 2, 4, 2, 10)),
                PatternDetector.grouped("DATE", "(?iu)(?<![\\p{L}])(?:on|by|until|till|since|from|before|after|monday|tuesday"
                        + "|wednesday|thursday|friday|saturday|sunday)\\s+the\\s+(?<id>" + DAY + "(?:st|nd|rd|th))(?![\\p{L}\\p{N}])"
                        + "(?!\\s+(?:percentile|centile|century|floor|grade|time|attempt|dose|cycle|day|week|rib|nerve|birthday"
                        + "|place|position|generation|edition|of\\s+(?:them|these|those|the\\s+(?:doses|pills|tablets))))",
                        s -> true).gated(WordGate.of("the", 1, 0, 1, 12)),
                PatternDetector.of("DATE", "(?iu)\\b" + MONTH_EN + "\\.?,?\\s+(?:of\\s+)?" + YEAR + "\\b")
                        .gated(WordGate.of(MONTH_EN, 0, 0, 1, 10)),
                PatternDetector.of("DATE", "(?iu)\\b" + DAY + ORD + "\\s+(?:de\\s+)?" + MONTH_ES + "\\b\\.?(?:,?\\s+(?:de(?:l)?\\s+)?"
                        + YEAR + "\\b)?").gated(WordGate.of(MONTH_ES, 2, 6, 2, 10)),
                PatternDetector.of("DATE", "(?iu)\\b" + MONTH_ES + "\\.?\\s+(?:de(?:l)?\\s+)?" + YEAR + "\\b")
                        .gated(WordGate.of(MONTH_ES, 0, 0, 2, 10))));
        if (mode == RedactionMode.BALANCED) {
            return all;
        }
        all.addAll(List.of(
                PatternDetector.of("DATE", "(?iu)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                        + "|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\\b"),
                PatternDetector.of("DATE", "(?u)(?<![\\p{L}\\p{N}.,/:-])" + YEAR + "(?![\\p{L}\\p{N}]|[.,/:-]\\d)" + UNIT_AFTER)));
        return all;
    }

    /** Stated ages: every age in the recall-first mode, ages of 90 or more (Safe Harbor) in the balanced one. */
    static List<Detector> ages(RedactionMode mode) {
        java.util.function.Predicate<String> old = mode == RedactionMode.BALANCED
                ? s -> Integer.parseInt(s) >= 90 : s -> true;
        String n = "(?<id>\\d{1,3})";
        return List.of(
                PatternDetector.grouped("AGE", "(?iu)\\b" + n + "\\s?-?\\s?(?:years?|yrs?|yr)[- ](?:old|of age)\\b", old),
                PatternDetector.grouped("AGE", "(?iu)\\b" + n + "\\s?(?:y/o|y\\.o\\.?|yo|yoa)\\b", old),
                PatternDetector.grouped("AGE", "(?iu)\\b(?:aged?|age:|edad:?|edad de|a la edad de|at the age of|at age)\\s*"
                        + n + "\\b" + AGE_UNIT_AFTER, old).gated(WordGate.of("aged?|edad|a|at", 0, 0, 4, 16)),
                PatternDetector.grouped("AGE", "(?iu)\\b(?:turn(?:ed|ing|s)?|i'?m|i am|he'?s|she'?s|he is|she is|is now"
                        + "|will be|just turned|(?:he|she|i|they) (?:was|were))\\s+" + n + "\\b" + AGE_UNIT_AFTER + "(?!\\s?(?:years? ago|and|or|to|-))",
                        old).gated(WordGate.of("turn(?:ed|ing|s)?|i'?m|i|he'?s|she'?s|he|she|is|will|just|they", 0, 0, 1, 8)),
                PatternDetector.grouped("AGE", "(?iu)\\b(?:tengo|tiene|ten[ií]a|tendr[aá]|cumpl[ií]|cumpli[oó]|cumple|cumplo"
                        + "|cumplir[aá]?|cumplir[eé])\\s+" + n + "\\s+años", old)
                        .gated(WordGate.of("tengo|tiene|ten[ií]a|tendr[aá]|cumpl\\p{L}*", 0, 0, 1, 8)),
                PatternDetector.grouped("AGE", "(?iu)\\b" + n + "\\s+años\\s+de\\s+edad", old),
                PatternDetector.grouped("AGE", "(?iu)\\b(?:paciente|mujer|hombre|var[oó]n|niño|niña|bebé|beb[eé]|señor|señora"
                        + "|anciano|anciana|chico|chica|hijo|hija|madre|padre|abuelo|abuela|persona|adolescente|joven"
                        + "|mayor|nieto|nieta|marido|esposa|esposo)\\s+de\\s+" + n + "\\s+(?:años|meses)", old)
                        .gated(WordGate.of("paciente|mujer|hombre|var[oó]n|niño|niña|bebé|beb[eé]|señor|señora|anciano"
                                + "|anciana|chico|chica|hijo|hija|madre|padre|abuelo|abuela|persona|adolescente|joven"
                                + "|mayor|nieto|nieta|marido|esposa|esposo", 0, 0, 2, 8)),
                PatternDetector.grouped("AGE", "(?u)(?<![\\p{L}\\p{N}])(?<id>(?:9\\d|1[01]\\d))\\s?(?:years?|yrs?|años)\\b",
                        old),
                PatternDetector.grouped("AGE", "(?u)\\b\\p{Lu}[\\p{L}'’-]+,\\s(?<id>\\d{1,3}),\\s", s -> Integer.parseInt(s) <= 120 && old.test(s)),
                PatternDetector.grouped("AGE", "(?iu),\\s+(?:de\\s+)?(?<id>\\d{1,3})\\s+años(?:\\s+de\\s+edad)?\\s*[,.;]",
                        old),
                PatternDetector.grouped("AGE", "(?iu),\\s+de\\s+(?<id>\\d{1,3})\\s+años", old));
    }

    private static boolean plausibleDayMonth(String s) {
        String[] p = s.split("[/.-]");
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
    }
}
