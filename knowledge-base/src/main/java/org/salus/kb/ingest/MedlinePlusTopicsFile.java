package org.salus.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks that a file really is NLM's health-topic XML before anything is indexed from it: well-formed to the last
 * byte, rooted at {@code health-topics}, dated, and holding as many topics as its root declares.
 */
public final class MedlinePlusTopicsFile {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private MedlinePlusTopicsFile() {
    }

    /** What a checked file holds: the date NLM generated it and its topics by language ({@code en}, {@code es}). */
    public record Summary(LocalDate generatedOn, Map<String, Integer> topicsByLanguage) {
        public Summary {
            topicsByLanguage = Map.copyOf(topicsByLanguage);
        }

        public int topics(String language) {
            return topicsByLanguage.getOrDefault(language, 0);
        }
    }

    /** Why a file is not a usable health-topic file. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** Reads the whole file (plain or {@code .gz}) and returns its summary, or says what is wrong with it. */
    public static Summary inspect(Path file) throws Invalid, IOException {
        try (InputStream in = SourceFiles.open(file)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                return inspect(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new Invalid("not well-formed XML (line " + line + "); the file is damaged or incomplete");
        }
    }

    private static Summary inspect(XMLStreamReader xml) throws XMLStreamException, Invalid {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, whitespace
        }
        if (!xml.isStartElement()) {
            throw new Invalid("the file holds no XML element");
        }
        if (!xml.getLocalName().equals("health-topics")) {
            throw new Invalid("not MedlinePlus health-topic XML: the root element is <" + xml.getLocalName()
                    + ">, expected <health-topics>");
        }
        LocalDate generatedOn = date(xml.getAttributeValue(null, "date-generated"));
        if (generatedOn == null) {
            throw new Invalid("the root element has no readable date-generated attribute");
        }
        String total = xml.getAttributeValue(null, "total");
        Map<String, Integer> byLanguage = new TreeMap<>();
        int topics = 0;
        int depth = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && xml.getLocalName().equals("health-topic")) {
                    topics++;
                    byLanguage.merge(JsonLines.language(xml.getAttributeValue(null, "language")), 1, Integer::sum);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (total != null && !total.strip().equals(Integer.toString(topics))) {
            throw new Invalid("the file declares " + total.strip() + " topics but holds " + topics
                    + "; it is incomplete or altered");
        }
        return new Summary(generatedOn, byLanguage);
    }

    /** NLM's {@code MM/DD/YYYY[ HH:MM:SS]} date, or null when absent or unreadable. */
    static LocalDate date(String value) {
        if (value == null || value.strip().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10), US_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
