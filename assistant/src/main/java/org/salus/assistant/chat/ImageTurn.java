package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.salus.assistant.image.Findings;
import org.salus.assistant.image.ImageReading;

/**
 * How an image shapes one chat turn: the reply first says what was read (so the reader can check it), the library is
 * asked about the medicines and lab tests found (with the user's own question when there is one), and afterwards
 * each item the cited sources did not cover gets "no vetted information", and lab results get a reminder that only
 * a clinician can say what they mean for the reader.
 */
record ImageTurn(String preface, String question, Findings findings, List<String> notes) {

    static ImageTurn of(ImageReading reading, String message, String language, Texts texts) {
        Findings found = reading.findings();
        if (!reading.textFound()) {
            return new ImageTurn(texts.get(language, "image.no-text"), message, found, reading.notes());
        }
        if (found.isEmpty()) {
            return new ImageTurn(texts.get(language, "image.nothing-known"), message, found, reading.notes());
        }
        List<String> said = new ArrayList<>();
        if (!found.medicines().isEmpty()) {
            said.add(texts.get(language, "image.read").replace("{items}",
                    found.medicines().stream().map(Findings.MedicineFound::describe).collect(Collectors.joining(", "))));
        }
        if (!found.labTests().isEmpty()) {
            said.add(texts.get(language, "image.read-labs").replace("{items}",
                    found.labTests().stream().map(Findings.LabFound::describe).collect(Collectors.joining(", "))));
        }
        return new ImageTurn(String.join(" ", said), question(found, message, language, texts), found, reading.notes());
    }

    /** Whether the library is asked anything: not when the image held nothing known and no question came with it. */
    boolean asks() {
        return !question.isBlank();
    }

    /**
     * With a question from the user, that question naming what was read; without one, what each medicine is for and
     * how it is used safely, and what each test measures.
     */
    private static String question(Findings found, String message, String language, Texts texts) {
        if (!message.isBlank()) {
            List<String> names = new ArrayList<>();
            found.medicines().forEach(m -> names.add(m.describe()));
            found.labTests().forEach(l -> names.add(l.name()));
            return message + " (" + String.join(", ", names) + ")";
        }
        List<String> questions = new ArrayList<>();
        found.medicines().forEach(m -> questions.add(texts.get(language, "image.question.medicine").replace("{name}", m.name())));
        found.labTests().forEach(l -> questions.add(texts.get(language, "image.question.lab").replace("{lookup}", l.lookup())));
        return String.join(" ", questions);
    }

    /** What follows the grounded answer: items its sources did not cover, then the lab-results reminder. */
    String afterword(String answer, List<ChatReply.Citation> citations, boolean answered, String language, Texts texts) {
        List<String> sentences = new ArrayList<>();
        if (answered) {
            String sources = answer + " " + citations.stream().map(c -> c.title() + " " + c.excerpt())
                    .collect(Collectors.joining(" "));
            uncovered(findings, sources).forEach(name -> sentences.add(texts.get(language, "image.not-covered").replace("{name}", name)));
        }
        if (!findings.labTests().isEmpty()) {
            sentences.add(texts.get(language, "image.lab-note"));
        }
        return String.join(" ", sentences);
    }

    private static List<String> uncovered(Findings findings, String sources) {
        List<String> missing = new ArrayList<>();
        findings.medicines().stream().filter(m -> !m.mentionedIn(sources)).forEach(m -> missing.add(m.name()));
        findings.labTests().stream().filter(l -> !l.mentionedIn(sources)).forEach(l -> missing.add(l.name()));
        return missing;
    }
}
