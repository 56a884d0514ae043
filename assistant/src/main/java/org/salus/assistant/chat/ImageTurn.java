package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.image.Findings;
import org.salus.assistant.image.ImageReading;

/**
 * How an image shapes one chat turn: the reply first says what was read (so the reader can check it), then the
 * library is asked about each medicine and lab test found, one question each (with the user's own question when
 * there is one), so that an item the vetted sources do not cover gets its own "no vetted information"; lab results
 * end with a reminder that only a clinician can say what they mean for the reader.
 */
record ImageTurn(String preface, List<Item> items, String safetyText, boolean labResults, List<String> notes,
                 long readMs) {

    /** At most this many items are looked up in one turn; all that were read are still listed first. */
    static final int MAX_ASKED = 4;

    /** One question for the library, and the name of what it asks about (null for the user's own question). */
    record Item(String question, String name) {}

    static ImageTurn of(ImageReading reading, String message, String language, LocalisedText texts, long readMs) {
        Findings found = reading.findings();
        List<Item> own = message.isBlank() ? List.of() : List.of(new Item(message, null));
        if (!reading.textFound()) {
            return new ImageTurn(texts.get(language, "image.no-text"), own, message, false, reading.notes(), readMs);
        }
        if (found.isEmpty()) {
            return new ImageTurn(texts.get(language, "image.nothing-known"), own, message, false, reading.notes(), readMs);
        }
        List<String> said = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        if (!found.medicines().isEmpty()) {
            List<String> medicines = found.medicines().stream().map(Findings.MedicineFound::describe).toList();
            said.add(texts.get(language, "image.read", "items", String.join(", ", medicines)));
            read.addAll(medicines);
            for (Findings.MedicineFound m : found.medicines()) {
                items.add(new Item(message.isBlank()
                        ? texts.get(language, "image.question.medicine", "name", m.name())
                        : message + " (" + m.describe() + ")", m.name()));
            }
        }
        if (!found.labTests().isEmpty()) {
            List<String> labs = found.labTests().stream().map(Findings.LabFound::describe).toList();
            said.add(texts.get(language, "image.read-labs", "items", String.join(", ", labs)));
            read.addAll(labs);
            for (Findings.LabFound l : found.labTests()) {
                items.add(new Item(message.isBlank()
                        ? texts.get(language, "image.question.lab", "lookup", l.lookup(language))
                        : message + " (" + l.name() + ", " + l.lookup(language) + ")", l.name()));
            }
        }
        String safetyText = (message + " " + read.stream().collect(Collectors.joining(", "))).strip();
        return new ImageTurn(String.join(" ", said), List.copyOf(items.subList(0, Math.min(MAX_ASKED, items.size()))),
                safetyText, !found.labTests().isEmpty(), reading.notes(), readMs);
    }

    /** Whether the library is asked anything: not when the image held nothing known and no question came with it. */
    boolean asks() {
        return !items.isEmpty();
    }

    /** What to say when the vetted sources do not cover an item. */
    String noInformation(Item item, String language, LocalisedText texts) {
        return item.name() == null ? texts.get(language, "no-information")
                : texts.get(language, "image.not-covered", "name", item.name());
    }

    /** What follows the answers: for lab results, that only a clinician can say what they mean for the reader. */
    String afterword(String language, LocalisedText texts) {
        return labResults ? texts.get(language, "image.lab-note") : "";
    }
}
