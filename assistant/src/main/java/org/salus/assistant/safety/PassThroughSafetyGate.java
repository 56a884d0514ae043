package org.salus.assistant.safety;

import java.util.List;
import java.util.Optional;
import org.salus.assistant.chat.ChatReply;
import org.springframework.stereotype.Component;

/** Temporary gate until the guardrails module is wired in: lets every turn through as a plain answer. */
@Component
class PassThroughSafetyGate implements SafetyGate {

    @Override
    public TurnSafety assess(String message, String language, float[] queryEmbedding) {
        return new TurnSafety(new ChatReply.Safety("answer", "none", List.of(), "none@0", null, null),
                Optional.empty(), Optional.empty(), null);
    }

    @Override
    public String review(String message, String language, TurnSafety input, String answer) {
        return answer;
    }

    @Override
    public String disclaimer(String language) {
        return "es".equals(language)
                ? "Salus ofrece información general de salud, no consejo médico."
                : "Salus gives general health information, not medical advice.";
    }
}
