package org.salus.assistant.safety;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.salus.guardrails.decision.LlmSafetyClassifier;

/**
 * Asks a Llama Guard model, through a LangChain4j chat model, whether a user message is unsafe, and maps its
 * hazard codes (S1…S14) to Salus categories. Any failure or unreadable output is "no verdict": the local
 * layers' decision stands.
 */
final class LlamaGuardClassifier implements LlmSafetyClassifier {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("S1", "violence"), Map.entry("S2", "illegal"), Map.entry("S3", "sexual_crimes"),
            Map.entry("S4", "child_safety"), Map.entry("S5", "defamation"), Map.entry("S6", "specialized_advice"),
            Map.entry("S7", "privacy"), Map.entry("S8", "intellectual_property"), Map.entry("S9", "chemical_biological"),
            Map.entry("S10", "hate"), Map.entry("S11", "self_harm_crisis"), Map.entry("S12", "sexual_content"),
            Map.entry("S13", "elections"), Map.entry("S14", "cybercrime"));

    private final ChatModel model;

    LlamaGuardClassifier(ChatModel model) {
        this.model = model;
    }

    @Override
    public Optional<Verdict> classify(String text) {
        String reply;
        try {
            reply = model.chat(UserMessage.from(text)).aiMessage().text();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return parse(reply);
    }

    /** Reads Llama Guard's answer: {@code safe}, or {@code unsafe} with a line of comma-separated hazard codes. */
    static Optional<Verdict> parse(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        String[] lines = reply.strip().split("\\R");
        String first = lines[0].strip().toLowerCase(Locale.ROOT);
        if (first.equals("safe")) {
            return Optional.of(new Verdict(false, List.of()));
        }
        if (!first.equals("unsafe")) {
            return Optional.empty();
        }
        List<String> categories = new ArrayList<>();
        if (lines.length > 1) {
            for (String code : lines[1].split(",")) {
                String id = CATEGORIES.get(code.strip().toUpperCase(Locale.ROOT));
                if (id != null && !categories.contains(id)) {
                    categories.add(id);
                }
            }
        }
        // Specialised (medical) advice is what Salus exists to give, within its own scope policy: not a refusal.
        if (categories.equals(List.of("specialized_advice"))) {
            return Optional.of(new Verdict(false, List.of()));
        }
        categories.remove("specialized_advice");
        return Optional.of(new Verdict(true, categories));
    }
}
