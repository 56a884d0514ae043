package org.salus.assistant.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds medicine names with their strengths ("200 mg", "500 mg/5 mL") and lab tests with their values ("HbA1c 7.2 %")
 * in text read from an image. Only names on its lists are taken, so whatever else the image says (including text
 * written to steer a model) never reaches the question.
 */
final class FindingsExtractor {

    static final int MAX_MEDICINES = 3;
    static final int MAX_LAB_TESTS = 5;

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern STRENGTH = Pattern.compile("(" + NUMBER + ")\\s*(mg|mcg|µg|ug|g|ml|iu|units?|%)"
            + "(?![a-z])(?!\\s*/\\s*d?l\\b)(?:\\s*(?:/|per|in|en)\\s*(" + NUMBER + ")?\\s*(ml|l|g|tablets?|tabs?|capsules?|caps?|doses?"
            + "|puffs?|actuations?|drops?|comprimidos?|cápsulas?)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAB_VALUE = Pattern.compile("^[^\\d<>≤≥]{0,30}?([<>≤≥]?\\s?" + NUMBER + ")\\s*"
            + "(%|mmol/mol|mg/dl|mg/l|mmol/l|g/dl|g/l|m[il]u/l|m[il]u/ml|[µu][il]u/ml|[il]u/l|u/l|ng/ml|ng/dl|pg/ml|pmol/l"
            + "|nmol/l|[µu]mol/l|meq/l|fl|pg|x\\s?10\\^?\\d+/l|10\\^?\\d+/l|k/[µu]l|/[µu]l|/mm3|ml/min(?:/1[.,]73\\s?m2)?"
            + "|mm/h|s)?(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOSE_UNIT = Pattern.compile("^\\s*(mg|mcg|µg|ug|iu|units?|tablets?|capsules?)\\b(?!\\s*/)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> LAB_UNITS = Map.ofEntries(Map.entry("mg/dl", "mg/dL"),
            Map.entry("mg/l", "mg/L"), Map.entry("mmol/l", "mmol/L"), Map.entry("mmol/mol", "mmol/mol"),
            Map.entry("g/dl", "g/dL"), Map.entry("g/l", "g/L"), Map.entry("mlu/l", "mIU/L"), Map.entry("mlu/ml", "mIU/mL"),
            Map.entry("ulu/ml", "µIU/mL"), Map.entry("lu/l", "IU/L"), Map.entry("u/l", "U/L"), Map.entry("ng/ml", "ng/mL"),
            Map.entry("ng/dl", "ng/dL"), Map.entry("pg/ml", "pg/mL"), Map.entry("pmol/l", "pmol/L"),
            Map.entry("nmol/l", "nmol/L"), Map.entry("umol/l", "µmol/L"), Map.entry("meq/l", "mEq/L"), Map.entry("fl", "fL"));

    private final Phrases<Vocabularies.Medicine> medicines;
    private final Phrases<Vocabularies.LabTest> labTests;

    FindingsExtractor(Phrases<Vocabularies.Medicine> medicines, Phrases<Vocabularies.LabTest> labTests) {
        this.medicines = medicines;
        this.labTests = labTests;
    }

    Findings extract(String text) {
        Map<String, Findings.MedicineFound> meds = new LinkedHashMap<>();
        Map<String, Findings.LabFound> labs = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            List<Phrases.Word> words = Phrases.words(line);
            int i = 0;
            while (i < words.size()) {
                var lab = labTests.at(words, i);
                var med = medicines.at(words, i);
                String value = lab == null ? null : labValue(line, words.get(i + lab.words() - 1).end());
                if (value != null && (med == null || lab.words() >= med.words())) {
                    if (labs.size() < MAX_LAB_TESTS) {
                        labs.putIfAbsent(lab.value().name(), new Findings.LabFound(lab.value().name(), lab.value().lookup(),
                                lab.value().lookupEs(), value));
                    }
                    i += lab.words();
                } else if (med != null) {
                    int start = words.get(i).start();
                    int end = words.get(i + med.words() - 1).end();
                    String strength = strength(lines, n, start, end);
                    String name = med.value().name();
                    String printed = Phrases.skeleton(med.surface()).equals(Phrases.skeleton(name)) ? null : med.surface();
                    if (meds.size() < MAX_MEDICINES || meds.containsKey(name)) {
                        Findings.MedicineFound previous = meds.get(name);
                        if (previous == null || previous.strength() == null && strength != null) {
                            meds.put(name, new Findings.MedicineFound(name, printed, strength));
                        }
                    }
                    i += med.words();
                } else {
                    i++;
                }
            }
        }
        return new Findings(new ArrayList<>(meds.values()), new ArrayList<>(labs.values()));
    }

    /** The value printed after a test's name on its line, with its unit; null when there is none or it is a dose. */
    private static String labValue(String line, int end) {
        Matcher m = LAB_VALUE.matcher(line.substring(end));
        if (!m.find()) {
            return null;
        }
        String rest = line.substring(end + m.end(1));
        if (m.group(2) == null && DOSE_UNIT.matcher(rest).find()) {
            return null;
        }
        String number = m.group(1).replaceAll("\\s+", "");
        return m.group(2) == null ? number : number + " " + labUnit(m.group(2));
    }

    /** The strength printed after the name on its line, else before it, else on the next line. */
    private static String strength(String[] lines, int n, int start, int end) {
        Matcher after = STRENGTH.matcher(lines[n]);
        if (after.find(end)) {
            return describe(after);
        }
        Matcher before = STRENGTH.matcher(lines[n].substring(0, start));
        String last = null;
        while (before.find()) {
            last = describe(before);
        }
        if (last != null) {
            return last;
        }
        if (n + 1 < lines.length) {
            Matcher next = STRENGTH.matcher(lines[n + 1]);
            if (next.find()) {
                return describe(next);
            }
        }
        return null;
    }

    private static String describe(Matcher m) {
        String strength = m.group(1) + " " + unit(m.group(2));
        if (m.group(4) != null) {
            strength += "/" + (m.group(3) == null ? "" : m.group(3) + " ") + unit(m.group(4));
        }
        return strength;
    }

    /** A lab unit as reports print it, whatever case OCR gave it and whether it read an I as an l. */
    private static String labUnit(String unit) {
        String key = unit.toLowerCase(Locale.ROOT).replace('i', 'l').replace('µ', 'u');
        return LAB_UNITS.getOrDefault(key, unit);
    }

    private static String unit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "ml" -> "mL";
            case "l" -> "L";
            case "iu" -> "IU";
            case "ug", "µg" -> "mcg";
            default -> u;
        };
    }
}
