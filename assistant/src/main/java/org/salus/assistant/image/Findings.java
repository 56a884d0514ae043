package org.salus.assistant.image;

import java.util.List;

/** What was found in the text of an image: medicines with their strengths, and lab tests with their values. */
public record Findings(List<MedicineFound> medicines, List<LabFound> labTests) {

    public Findings {
        medicines = List.copyOf(medicines);
        labTests = List.copyOf(labTests);
    }

    public boolean isEmpty() {
        return medicines.isEmpty() && labTests.isEmpty();
    }

    /**
     * A medicine named in the image: its generic name, the name as listed when it was read under another (a brand),
     * and the strength printed near it, if any.
     */
    public record MedicineFound(String name, String printedAs, String strength) {

        /** Whether {@code text} names this medicine, under its generic name or the name it was printed as. */
        public boolean mentionedIn(String text) {
            return mentions(text, printedAs == null ? List.of(name) : List.of(name, printedAs));
        }

        /** As the reply repeats it, e.g. "ibuprofen 200 mg" or "acetaminophen (Tylenol) 500 mg". */
        public String describe() {
            String shown = printedAs == null ? name : name + " (" + printedAs + ")";
            return strength == null ? shown : shown + " " + strength;
        }
    }

    /**
     * A lab test in the image, the words that find it in the library, the value printed beside it, and every name
     * the test goes by (to tell whether an answer covered it).
     */
    public record LabFound(String name, String lookup, String value, List<String> names) {

        public LabFound {
            names = List.copyOf(names);
        }

        /** Whether {@code text} names this test under any of its names. */
        public boolean mentionedIn(String text) {
            return mentions(text, names);
        }

        public String describe() {
            return value == null ? name : name + " " + value;
        }
    }

    private static boolean mentions(String text, List<String> names) {
        String words = " " + joined(text) + " ";
        return names.stream().map(Findings::joined).anyMatch(n -> !n.isBlank() && words.contains(" " + n + " "));
    }

    private static String joined(String text) {
        return String.join(" ", Phrases.words(text).stream().map(Phrases.Word::skeleton).toList());
    }
}
