package org.salus.assistant.llm;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One chat request as {@link LlmStub} received it: which API, whether it streams, the model and the messages. */
public record LlmRequest(String api, boolean stream, String model, List<Map<String, String>> messages, String body) {

    private static final Pattern IMAGE = Pattern.compile("data:image/[a-z]+;base64,[A-Za-z0-9+/=]+");
    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n(.*?)\\n</passage>",
            Pattern.DOTALL);

    /** The names of the tools the request offered the model (none for a plain chat request). */
    public List<String> tools() {
        try {
            List<String> names = new java.util.ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("tools")
                    .forEach(t -> names.add(t.path("function").path("name").asText()));
            return names;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of all messages with this role, joined by blank lines. */
    public String content(String role) {
        return messages.stream().filter(m -> role.equals(m.get("role"))).map(m -> m.get("content"))
                .collect(Collectors.joining("\n\n"));
    }

    /** The images the request carries, as data URLs (OpenAI's {@code image_url} parts). */
    public List<String> images() {
        return IMAGE.matcher(body).results().map(m -> m.group()).toList();
    }

    public String system() {
        return content("system");
    }

    public String user() {
        return content("user");
    }

    /** The numbered passages of the prompt, as written (still escaped), by number. */
    public Map<Integer, String> passages() {
        Map<Integer, String> passages = new java.util.LinkedHashMap<>();
        Matcher m = PASSAGE.matcher(user());
        while (m.find()) {
            passages.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return passages;
    }

    /** The number of the first passage containing {@code text}; fails the test when no passage does. */
    public int passageWith(String text) {
        return passages().entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no passage of the prompt contains '" + text
                        + "'; passages: " + passages()));
    }
}
