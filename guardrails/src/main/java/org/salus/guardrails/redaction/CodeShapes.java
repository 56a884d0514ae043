package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Record, device and reference numbers recognised by their shape when no known label names them ("ID LIM-77201",
 * "serial BLZ204118H", "ref NEOB-17-44218"): a code of capitals, digits and hyphens with at least five digits and a
 * letter, or capitals, a hyphen and four or more digits. Doses with a unit ("12500U"), ventilator settings
 * ("500X14"), ranges in the plural ("130-140S") and obstetric histories ("G1P1001") have the same characters but not
 * this shape.
 */
final class CodeShapes implements Detector {

    private static final Pattern CODE = Pattern.compile(
            "(?=[A-Z0-9])(?<![\\p{L}\\p{N}\\-./])[A-Z0-9](?:[A-Z0-9-]{4,30})[A-Z0-9](?![\\p{L}\\p{N}]|[-/]\\w|\\.\\d)");
    private static final Pattern PREFIXED = Pattern.compile("[A-Z]{1,5}-\\d{4,}(?:-[A-Z0-9]+)*");
    private static final Pattern DOSE_OR_SETTING = Pattern.compile(
            "\\d+(?:U|IU|UNITS?|ML|MG|MCG|CC|KG|G|L|MEQ|MMOL|MIN|HRS?)|\\d+X\\d+|[A-Z]*\\d{1,3}(?:-\\d{1,3})?"
            + "|\\d+(?:-\\d+)?S|G\\d{1,2}P\\d{1,4}");

    @Override
    public void detect(String text, List<Span> out) {
        if (!hasDigitRun(text)) {
            return;
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (code(m.group())) {
                out.add(new Span(m.start(), m.end(), "ID"));
            }
        }
    }

    static boolean code(String s) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-') {
                letters++;
            }
        }
        if (letters == 0 || DOSE_OR_SETTING.matcher(s).matches()) {
            return false;
        }
        return digits >= 5 || PREFIXED.matcher(s).matches();
    }

    /** A text without four digits in a row holds no code of this shape. */
    private static boolean hasDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }
}
