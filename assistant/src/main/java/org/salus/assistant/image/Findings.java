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

        /** As the reply repeats it, e.g. "ibuprofen 200 mg" or "Tylenol (acetaminophen) 500 mg". */
        public String describe() {
            String shown = printedAs == null ? name : printedAs + " (" + name + ")";
            return strength == null ? shown : shown + " " + strength;
        }
    }

    /** A lab test in the image, the words that find it in the library (English, Spanish), and the value printed beside it. */
    public record LabFound(String name, String lookup, String lookupEs, String value) {

        /** The words that find this test in the library in the reader's language. */
        public String lookup(String language) {
            return "es".equals(language) ? lookupEs : lookup;
        }

        public String describe() {
            return value == null ? name : name + " " + value;
        }
    }
}
