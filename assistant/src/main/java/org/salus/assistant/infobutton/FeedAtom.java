package org.salus.assistant.infobutton;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders a feed as an Atom 1.0 document, the XML form MedlinePlus Connect answers with. */
final class FeedAtom {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private FeedAtom() {
    }

    static String entryId(Topic topic) {
        return "tag:salus," + topic.docId();
    }

    static String render(Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", feed.language());
            x.writeAttribute("xml:base", feed.base());
            element(x, "title", FeedJson.TITLE, "text");
            element(x, "updated", feed.updated().toString(), null);
            element(x, "id", feed.id(), null);
            x.writeStartElement(ATOM, "author");
            element(x, "name", FeedJson.AUTHOR, null);
            element(x, "uri", feed.base(), null);
            x.writeEndElement();
            element(x, "subtitle", feed.subtitle(), "text");
            for (Feed.Category c : feed.categories()) {
                x.writeEmptyElement(ATOM, "category");
                x.writeAttribute("scheme", c.scheme());
                x.writeAttribute("term", c.term());
            }
            for (Topic topic : feed.entries()) {
                entry(x, topic);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, Topic topic) throws XMLStreamException {
        x.writeStartElement(ATOM, "entry");
        x.writeAttribute("xml:lang", topic.language());
        element(x, "title", topic.title(), "text");
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("href", topic.url());
        x.writeAttribute("rel", "alternate");
        x.writeAttribute("title", topic.title());
        element(x, "id", entryId(topic), null);
        if (topic.lastChanged() != null) {
            element(x, "updated", topic.lastChanged() + "T00:00:00Z", null);
        }
        element(x, "summary", topic.summary(), "text");
        x.writeStartElement(ATOM, "author");
        element(x, "name", topic.publisher(), null);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text, String type) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        if (type != null) {
            x.writeAttribute("type", type);
        }
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }
}
