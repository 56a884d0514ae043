package org.salus.assistant.tools;

import java.util.List;
import java.util.Map;
import org.salus.assistant.chat.ChatReply;

/** A tool's reply: cited text built only from the data, the visualisations the web chat draws, and whether the data is the demo table. */
public record ToolAnswer(String tool, String text, List<ChatReply.Citation> citations,
                         List<Map<String, Object>> visualisations, boolean demo) {}
