package org.salus.assistant.safety;

import org.salus.assistant.reply.CrisisLine;
import org.salus.assistant.reply.Safety;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.assistant.llm.SystemPromptCanary;
import org.salus.assistant.config.SalusProperties;
import org.salus.guardrails.GuardrailSettings;
import org.salus.guardrails.Guardrails;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.SafetyDecision;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.decision.UserTurn;
import org.salus.guardrails.data.Region;
import org.salus.kb.embed.Embedder;
import org.springframework.stereotype.Component;

/**
 * The chat's safety gate backed by the guardrails module: input policies decide before retrieval from local
 * rules and the query embedding (no LLM is consulted for escalation), output policies review the composed answer.
 */
@Component
class GuardrailsSafetyGate implements SafetyGate {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d -]{1,14}\\d|\\b\\d{3}\\b");

    private final Guardrails guardrails;
    private final String region;

    GuardrailsSafetyGate(SalusProperties properties, Embedder embedder, SystemPromptCanary canary,
                         ClassifierConfiguration.SafetyClassifier classifier) {
        this.region = properties.region().toUpperCase(Locale.ROOT);
        GuardrailSettings settings = GuardrailSettings.defaults().withRegion(region, "en").withCanary(canary.value());
        if (embedder.enabled()) {
            settings = settings.withEmbedder(text -> embedder.query(text));
        }
        if (classifier.classifier().isPresent()) {
            settings = settings.withLlmClassifier(classifier.classifier().get());
        }
        this.guardrails = Guardrails.load(settings);
    }

    @Override
    public TurnSafety assess(String message, String language, float[] queryEmbedding) {
        InputAssessment input = guardrails.assess(new UserTurn(message, language, region, queryEmbedding, null));
        Optional<String> reply = input.retrieve() ? Optional.empty() : input.replyText();
        return new TurnSafety(safety(input.decision(), language), input.leadText(), reply, input.retrievalHint(), input);
    }

    @Override
    public String review(String message, String language, TurnSafety input, String answer) {
        if (input.detail() == null) {
            return answer;
        }
        return guardrails.review(new UserTurn(message, language, region, null, null), input.detail(), answer).answer();
    }

    @Override
    public String disclaimer(String language) {
        return guardrails.disclaimer(language);
    }

    @Override
    public String neutraliseCorpusText(String passage) {
        return guardrails.neutraliseCorpusText(passage);
    }

    private Safety safety(SafetyDecision d, String language) {
        boolean emergency = d.urgency() == Urgency.EMERGENCY;
        boolean crisis = d.categories().contains("self_harm_crisis");
        Region r = guardrails.region(region);
        List<CrisisLine> lines = null;
        if (crisis) {
            String text = r.crisisLines(language);
            Matcher m = NUMBER.matcher(text);
            lines = List.of(new CrisisLine(text, m.find() ? m.group().strip() : null, text));
        }
        return new Safety(d.action().id(), d.urgency().name().toLowerCase(Locale.ROOT),
                d.categories(), d.policy(), emergency || crisis ? emergencyNumber(r) : null, lines);
    }

    /** The first dialable number of the region ("112 or 999" → "112"); null where only words are known. */
    private static String emergencyNumber(Region r) {
        Matcher m = Pattern.compile("\\d{2,4}").matcher(r.emergency());
        return m.find() ? m.group() : null;
    }
}
