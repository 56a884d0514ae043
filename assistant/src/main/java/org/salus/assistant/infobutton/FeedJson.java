package org.salus.assistant.infobutton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a feed in MedlinePlus Connect's JSON shape (Atom turned into JSON, text under {@code _value}). */
final class FeedJson {

    static final String TITLE = "Salus Infobutton";
    static final String AUTHOR = "Salus";

    private FeedJson() {
    }

    static Map<String, Object> render(Feed feed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        f.put("base", feed.base());
        f.put("lang", feed.language());
        f.put("title", text(TITLE, "text"));
        f.put("updated", value(feed.updated().toString()));
        f.put("id", value(feed.id()));
        f.put("author", Map.of("name", value(AUTHOR), "uri", value(feed.base())));
        f.put("subtitle", text(feed.subtitle(), "text"));
        f.put("category", feed.categories().stream()
                .map(c -> Map.of("scheme", c.scheme(), "term", c.term())).toList());
        f.put("entry", feed.entries().stream().map(FeedJson::entry).toList());
        return Map.of("feed", f);
    }

    private static Map<String, Object> entry(Topic topic) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("lang", topic.language());
        e.put("title", text(topic.title(), "text"));
        e.put("link", List.of(Map.of("href", topic.url(), "rel", "alternate", "title", topic.title())));
        e.put("id", value(FeedAtom.entryId(topic)));
        if (topic.lastChanged() != null) {
            e.put("updated", value(topic.lastChanged().toString()));
        }
        e.put("summary", text(topic.summary(), "text"));
        e.put("author", Map.of("name", value(topic.publisher())));
        e.put("reviewStatus", topic.reviewStatus());
        return e;
    }

    private static Map<String, Object> value(String v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_value", v);
        return m;
    }

    private static Map<String, Object> text(String v, String type) {
        Map<String, Object> m = value(v);
        m.put("type", type);
        return m;
    }
}
