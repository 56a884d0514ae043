package org.salus.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.salus.kb.Document;
import org.salus.kb.Document.Code;
import org.salus.kb.Document.Section;

/**
 * Reads NLM's bulk health-topic XML ({@code mplus_topics_*.xml}): each {@code health-topic} with its
 * {@code full-summary}, {@code also-called} names, MeSH headings and language. The file carries no per-topic update
 * date, so each topic is dated by the file's {@code date-generated} (an unchanged topic keeps the date it was first
 * indexed with, see {@link Document#contentHash()}).
 */
final class MedlinePlusXmlImporter implements DocumentImporter {

    static final String PUBLISHER = "MedlinePlus, U.S. National Library of Medicine";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public String format() {
        return "medlineplus-xml";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : SourceFiles.list(path, n -> n.endsWith(".xml") || n.endsWith(".xml.gz"))) {
            try (InputStream in = SourceFiles.open(file)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                try {
                    readTopics(xml, file, options, documents, problems);
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
                problems.add(new ImportProblem(file, line, "malformed XML, rest of file skipped: " + firstLine(e.getMessage())));
            } catch (IOException e) {
                problems.add(new ImportProblem(file, 0, "cannot read: " + e.getMessage()));
            }
        }
        return new ImportResult(documents, problems);
    }

    private static void readTopics(XMLStreamReader xml, Path file, ImportOptions options,
                                   List<Document> documents, List<ImportProblem> problems) throws XMLStreamException {
        LocalDate fileDate = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("health-topics")) {
                fileDate = MedlinePlusTopicsFile.date(xml.getAttributeValue(null, "date-generated"));
            } else if (xml.getLocalName().equals("health-topic")) {
                long line = xml.getLocation().getLineNumber();
                try {
                    documents.add(readTopic(xml, options, fileDate));
                } catch (MalformedRecord e) {
                    problems.add(new ImportProblem(file, line, e.getMessage()));
                }
            }
        }
    }

    private static Document readTopic(XMLStreamReader xml, ImportOptions options, LocalDate fileDate)
            throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        String title = xml.getAttributeValue(null, "title");
        String url = xml.getAttributeValue(null, "url");
        String language = JsonLines.language(xml.getAttributeValue(null, "language"));
        List<String> synonyms = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        String summary = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 1 && (name.equals("also-called") || name.equals("see-reference"))) {
                    synonyms.add(xml.getElementText().strip());
                } else if (depth == 1 && name.equals("full-summary")) {
                    summary = xml.getElementText();
                } else if (depth == 2 && name.equals("descriptor")) {
                    String descriptorId = xml.getAttributeValue(null, "id");
                    String display = xml.getElementText().strip();
                    if (descriptorId != null) {
                        codes.add(new Code("MESH", descriptorId, display));
                    }
                } else {
                    depth++;
                }
            }
        }
        if (id == null || id.isBlank() || title == null || title.isBlank()) {
            throw new MalformedRecord(0, "health-topic without 'id' or 'title' attribute");
        }
        if (summary == null || summary.isBlank()) {
            throw new MalformedRecord(0, "health-topic '" + id + "' has no full-summary");
        }
        return new Document("mplus-" + id, title, language, PUBLISHER, url,
                List.of(new Section(title, TextBlocks.fromHtml(summary))),
                synonyms.stream().filter(s -> !s.isEmpty()).distinct().toList(), codes, options.review(), List.of(),
                fileDate);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().reduce((a, b) -> b).orElse("").strip();
    }
}
