package org.salus.assistant.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names Salus looks for in images: medicines (the project's own list, the medicines the corpus has RxNorm codes
 * for, and optionally an operator's list) and laboratory tests.
 */
final class Vocabularies {

    private static final Pattern DOSAGE_FORM = Pattern.compile(
            "\\s+(oral|injection|rectal|topical|ophthalmic|nasal|inhalation|transdermal|vaginal|otic|sublingual|buccal"
                    + "|intravenous|subcutaneous|intramuscular|extended-release|delayed-release|chewable|powder|solution"
                    + "|suspension|patch|spray|cream|ointment|gel|lotion)\\b.*$", Pattern.CASE_INSENSITIVE);

    /** A medicine: its generic name, as shown in answers and used to look it up. */
    record Medicine(String name) {}

    /** A laboratory test: the name shown, and the words that find it in the library, in English and in Spanish. */
    record LabTest(String name, String lookup, String lookupEs) {}

    private Vocabularies() {
    }

    static Phrases<Medicine> medicines(List<String> corpusNames, Path extra) {
        Phrases<Medicine> phrases = new Phrases<>();
        for (String[] line : resource("/salus/image/medicines.txt")) {
            Medicine medicine = new Medicine(line[0].strip());
            Arrays.stream(line).forEach(name -> phrases.add(name, medicine));
        }
        corpusNames.forEach(name -> phrases.add(name, new Medicine(name.strip().toLowerCase(java.util.Locale.ROOT))));
        if (extra != null) {
            readOperatorList(extra, phrases);
        }
        return phrases;
    }

    static Phrases<LabTest> labTests() {
        Phrases<LabTest> phrases = new Phrases<>();
        for (String[] line : resource("/salus/image/lab-tests.txt")) {
            LabTest test = new LabTest(line[0].strip(), line[1].strip(), line[2].strip());
            phrases.add(line[0], test);
            for (int i = 3; i < line.length; i++) {
                phrases.add(line[i], test);
            }
        }
        return phrases;
    }

    /**
     * An operator's medicine list: {@code name|other name|…} lines, or a tab-separated file with {@code focus} and
     * {@code focus_category} columns (as MedQuAD's focus list has), of which the {@code Drug} rows are taken.
     */
    private static void readOperatorList(Path file, Phrases<Medicine> phrases) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                return;
            }
            List<String> header = Arrays.asList(first.split("\t", -1));
            int focus = header.indexOf("focus");
            int category = header.indexOf("focus_category");
            if (focus >= 0 && category >= 0) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] cells = line.split("\t", -1);
                    if (cells.length > Math.max(focus, category) && "Drug".equals(cells[category]) && !cells[focus].isBlank()) {
                        String name = cells[focus].strip();
                        String generic = DOSAGE_FORM.matcher(name).replaceFirst("").strip();
                        Medicine medicine = new Medicine(generic.toLowerCase(java.util.Locale.ROOT));
                        phrases.add(generic, medicine);
                    }
                }
                return;
            }
            addLine(first, phrases);
            for (String line; (line = in.readLine()) != null; ) {
                addLine(line, phrases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("salus.image.medicine-vocabulary could not be read: " + file, e);
        }
    }

    private static void addLine(String line, Phrases<Medicine> phrases) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] names = line.split("\\|");
        Medicine medicine = new Medicine(names[0].strip());
        Arrays.stream(names).filter(n -> !n.isBlank()).forEach(n -> phrases.add(n, medicine));
    }

    private static List<String[]> resource(String name) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream stream = Vocabularies.class.getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> lines.add(l.split("\\|")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
