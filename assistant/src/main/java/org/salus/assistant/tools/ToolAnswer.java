package org.salus.assistant.tools;

import org.salus.assistant.reply.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tool's reply: cited text built only from the data, the visualisations the web chat draws, whether the data is the
 * demo table, and notes on how the tool was chosen (by the rules, or by a language model).
 */
public record ToolAnswer(String tool, String text, List<Citation> citations,
                         List<Map<String, Object>> visualisations, boolean demo, List<String> notes) {

    ToolAnswer(String tool, String text, List<Citation> citations, List<Map<String, Object>> visualisations,
               boolean demo) {
        this(tool, text, citations, visualisations, demo, List.of());
    }

    ToolAnswer withNote(String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new ToolAnswer(tool, text, citations, visualisations, demo, List.copyOf(all));
    }
}
