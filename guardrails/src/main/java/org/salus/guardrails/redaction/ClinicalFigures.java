package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that belong to the clinical record and never identify anyone: blood pressures and their ranges
 * ("98/54", "91-102/45-52"), blood gases ("7.43/41/76/28"), ventilator settings, labelled vitals and labs
 * ("K 3.4", "HR 80-90"), quantities with units ("40 MG", "75CC/HR"), scores and fractions ("PAIN 8/10",
 * "STRENGTH 4/5", "D5 1/2NS"), device settings and counts ("BIPAP 12/5", "APGARS 7/9", "CULTURES 2/2", "DAY 5/7") and
 * 24-hour shift ranges ("0700-1900"). A number-shaped finding inside one of these is dropped.
 */
final class ClinicalFigures {

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String UNIT = "(?:mg|mcg|µg|ug|g|gm|kg|lbs?|ml|cc|l|dl|meq|mmol|units?|u|iu|ui|mmhg|cmh2o"
            + "|bpm|mm|cm|mcg/kg/min|mg/kg|mg/hr|mg/h|units/hr|u/hr|cc/hr|ml/hr|ml/h|l/min|lpm|l|gtt|puffs?|tabs?"
            + "|caps?|amps?|vials?|hrs?|h|min|mins|sec|days?|d|wks?|weeks?|mos?|months?|yrs?|x|%|°|f|c|cal|kcal"
            + "|gr|gramos|horas|días|semanas|meses|lpm|rpm|mmol/l|mg/dl|g/dl|ng/ml|pg/ml|u/l|k|k/ul|/hr|/h|/min)";
    private static final String LABEL = "(?:bp|nbp|abp|sbp|dbp|map|hr|rr|fc|fr|ta|tas|tad|sat|sats|spo2|sao2|sato2|o2"
            + "|fio2|peep|ps|psv|tv|vt|rate|temp|tmax|t|cvp|pap|pas|pcwp|wedge|ci|co|svr|svo2|icp|cpp|k|na|cl|co2|hco3"
            + "|bun|cr|creat|glu|gluc|glucose|bs|fs|fsbs|fsg|bg|hct|hgb|hb|wbc|plt|inr|ptt|pt|mg|ca|ica|phos|po4|lactate"
            + "|lac|ck|cpk|trop|tropo|tni|tnt|bnp|tsh|alb|ast|alt|alk|ldh|tbili|bili|lipase|amylase|ph|pco2|po2|be|gcs"
            + "|uo|u/o|i/o|ins|outs|ivf|ebl|weight|wt|peso|talla|imc|bmi|ef|lvef|qtc|qrs|pr|dose|dosis|drip|gtt|rass"
            + "|cam|bis|o2sat|etco2|pip|plat|mv|ve|ie|i:e)";
    private static final Pattern[] FIGURES = {
            Pattern.compile("(?=\\d)(?<![\\d/.])(?:[67]\\.\\d{1,3}(?:/" + NUM + "){2,}|" + NUM + "(?:/" + NUM + "){3,})"),
            Pattern.compile("(?=\\d)(?<![\\d/.])(?:[4-9]\\d|[1-2]\\d\\d)(?:s|['’]s)?(?:\\s?-\\s?\\d{2,3}(?:s|['’]s)?)?"
                    + "\\s?/\\s?\\d{2,3}(?:s|['’]s)?(?:\\s?-\\s?\\d{2,3}(?:s|['’]s)?)?"),
            Pattern.compile("(?iu)(?<![\\p{L}])" + LABEL + "(?![\\p{L}])\\s*(?:of|de|is|was|=|:|-|~|>|<|@)?\\s*" + NUM
                    + "(?:s)?(?:\\s?(?:-|to|a|/)\\s?" + NUM + "(?:s)?)*(?:\\s?" + UNIT + ")?(?![\\p{L}])"),
            Pattern.compile("(?iu)(?=\\d)(?<![\\p{L}\\d.])" + NUM + "(?:\\s?-\\s?" + NUM + ")?\\s?" + UNIT + "(?![\\p{L}])"),
            Pattern.compile("(?iu)(?=\\d)(?<![\\d.])\\d{3,4}\\s?x\\s?\\d{1,2}(?![\\d])"),
            Pattern.compile("(?iu)(?=\\d)(?<![\\d.])(?:1/2|1/3|2/3|1/4|3/4)\\s?(?:ns|nss|normal|strength|str|tab|tabs|dose"
                    + "|cup|amp|of|a|de|inch|in|pill|comprimido|ampolla)(?![\\p{L}])"),
            Pattern.compile("(?iu)(?:d5|d10|d5w)\\s?(?:1/2|1/4)"),
            Pattern.compile("(?iu)(?:pain|dolor|eva|scale|escala|score|rated|rates|rating|strength|fuerza|power|motor"
                    + "|murmur|soplo|sem|grade|grado|gcs|glasgow|reflexes|rass|apgar|mmse)\\W{0,12}(?:" + NUM
                    + "\\s?(?:-|to)\\s?)?" + NUM + "\\+?\\s?/\\s?(?:10|5|6|4|15|30|3)(?!\\d)"),
            Pattern.compile("(?<![\\d:-])(?:[01]\\d|2[0-3])[0-5]\\d\\s?-\\s?(?:[01]\\d|2[0-3])[0-5]\\d(?!\\d|[:-]\\d)"),
            Pattern.compile("(?iu)(?<![\\p{L}])(?:bipap|cpap|ipap|epap|apgars?|day|tof|train of four|cultures?|bcx|mini-cog"
                    + "|moca|cas|cervix|monofilament|mood)\\W{0,12}" + NUM + "\\+?\\s?/\\s?" + NUM
                    + "(?:/-?\\d+)?(?![\\d/])"),
            Pattern.compile("(?iu)(?=\\d)(?<![\\d/.])\\d{1,2}\\s?/\\s?\\d{1,2}\\s?(?:bottles?|sets?|frascos?|hemocultivos?)"
                    + "(?![\\p{L}])"),
            Pattern.compile("(?iu)(?=\\d)(?<![\\d/.])\\d{1,2}\\+?\\s?/\\s?(?:10|5|6)\\s?(?:pain|dolor|strength|murmur|sem"
                    + "|systolic|holosystolic|bilat|bilaterally|throughout|in|on|at|x)(?![\\p{L}])"),
    };

    private ClinicalFigures() {
    }

    static List<int[]> find(String text) {
        List<int[]> figures = new ArrayList<>();
        for (Pattern p : FIGURES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                figures.add(new int[] {m.start(), m.end()});
            }
        }
        return figures;
    }

    /** Whether {@code span} lies inside one of {@code figures}. */
    static boolean within(Span span, List<int[]> figures) {
        for (int[] f : figures) {
            if (span.start() >= f[0] && span.end() <= f[1]) {
                return true;
            }
        }
        return false;
    }
}
