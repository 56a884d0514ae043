package org.salus.guardrails.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and fax numbers: Google's libphonenumber finds numbers valid in the regions Salus serves; a shape rule
 * catches the national formats of other countries (grouped digits, international prefixes, phone words nearby).
 */
final class PhoneDetector implements Detector {

    private static final List<String> REGIONS = List.of("US", "ES", "GB", "MX");
    private static final Pattern SHAPE = Pattern.compile(
            "(?=[+\\d(])(?<![\\p{L}\\p{N}+/.,:-])(?:(?:\\+|00)\\d{1,3}[ \\t.-]?)?(?:\\(\\d{1,4}\\)[ \\t.-]?|\\(0\\)[ \\t]?)?\\d{1,12}"
                    + "(?:[ \\t.-]{1,2}\\(?\\d{1,8}\\)?){0,5}(?:\\s?(?:x|ext\\.?|extension|ext)\\s?\\d{1,5})?"
                    + "(?![\\p{L}\\p{N}]|[.,:/-]\\d)");
    private static final Pattern CONTEXT = Pattern.compile("(?iu)(?:phone|tel[eé]fono|tel\\b|tlf|tfno|m[oó]vil|mobile|cell"
            + "|fax|call|ring|llam|contact|whatsapp|sms|text me|n[uú]mero|number|dial|marca|answering|reach)");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[ .,]\\d{3})+");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d\\s?[-–]\\s?(?:19|20)?\\d\\d");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** Characters of context kept on each side of a run of digits handed to the phone library. */
    private static final int MARGIN = 24;

    @Override
    public void detect(String text, List<Span> out) {
        int[] window = new int[2];
        int from = 0;
        while (nextDigitRun(text, from, window)) {
            int start = Math.max(0, window[0] - MARGIN);
            int end = Math.min(text.length(), window[1] + MARGIN);
            from = window[1];
            // Runs whose context windows touch are read together, so that no number is cut in two.
            while (nextDigitRun(text, from, window) && window[0] - MARGIN <= end) {
                end = Math.min(text.length(), window[1] + MARGIN);
                from = window[1];
            }
            String part = text.substring(start, end);
            for (String region : REGIONS) {
                for (PhoneNumberMatch m : util.findNumbers(part, region, Leniency.VALID, Long.MAX_VALUE)) {
                    out.add(new Span(start + m.start(), start + m.end(), "PHONE"));
                }
            }
            Matcher m = SHAPE.matcher(text).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (phoneLike(text, m.start(), m.group())) {
                    out.add(new Span(m.start(), m.end(), "PHONE"));
                }
            }
            if (from >= text.length()) {
                break;
            }
        }
    }

    /**
     * The next stretch from {@code from} holding at least seven digits, each within three characters of the
     * previous one (the shape of every phone number); its bounds go into {@code window}.
     */
    private static boolean nextDigitRun(String text, int from, int[] window) {
        int runStart = -1;
        int lastDigit = -1;
        int digits = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (runStart < 0 || i - lastDigit > 5) {
                    if (digits >= 7) {
                        break;
                    }
                    runStart = i;
                    digits = 0;
                }
                digits++;
                lastDigit = i;
            }
        }
        if (digits >= 7) {
            window[0] = runStart;
            window[1] = lastDigit + 1;
            return true;
        }
        return false;
    }

    private static boolean phoneLike(String text, int start, String candidate) {
        String main = candidate.toLowerCase(Locale.ROOT).split("\\s?(?:x|ext)")[0];
        int digits = Checksums.digits(main).length();
        if (digits < 7 || digits > 15 || YEARS.matcher(candidate).matches()) {
            return false;
        }
        boolean international = candidate.startsWith("+") || candidate.startsWith("00");
        int groups = main.trim().split("[\\s.()-]+").length;
        boolean context = CONTEXT.matcher(text.substring(Math.max(0, start - 40), start)).find();
        if (international || candidate.contains("(") || context) {
            return true;
        }
        if (groups == 1) {
            return false;
        }
        if (THOUSANDS.matcher(main.trim()).matches()) {
            return digits >= 9;
        }
        return true;
    }
}
