package org.salus.guardrails.policy;

import java.util.List;
import java.util.Optional;
import org.salus.guardrails.PatientContext;
import org.salus.guardrails.UserTurn;
import org.salus.guardrails.Urgency;
import org.salus.guardrails.data.PolicyData;
import org.salus.guardrails.data.Region;
import org.salus.guardrails.text.NormalizedText;
import org.salus.guardrails.text.Phrase;
import org.salus.guardrails.text.Rule;

/**
 * Builds {@link TurnFacts}: decides whether a personal situation is described (first person, another person,
 * a clinical vignette) rather than a general question, and finds the most urgent matching triage rule.
 */
public final class Triage {

    private final PolicyData data;
    private final List<Rule> rules;
    private final String defaultRegion;
    private final String defaultLanguage;
    private final Urgency situationDefault;

    public Triage(PolicyData data, String defaultRegion, String defaultLanguage) {
        this.data = data;
        this.rules = data.rules("triage").stream()
                .sorted((a, b) -> Integer.compare(Urgency.fromId(a.urgency()).ordinal(),
                        Urgency.fromId(b.urgency()).ordinal()))
                .toList();
        this.defaultRegion = defaultRegion;
        this.defaultLanguage = defaultLanguage;
        this.situationDefault = Urgency.fromId(data.setting("situation-default-urgency", "routine"));
    }

    public TurnFacts facts(UserTurn turn) {
        NormalizedText text = NormalizedText.of(turn.message(), data.negation());
        String language = turn.language() == null || turn.language().isBlank() ? defaultLanguage
                : turn.language().strip().toLowerCase(java.util.Locale.ROOT);
        Region region = data.regions().resolve(turn.region(), defaultRegion);
        boolean situation = describesSituation(text);
        Optional<Rule> rule = situation ? mostUrgent(text) : Optional.empty();
        Urgency urgency = rule.map(r -> Urgency.fromId(r.urgency()))
                .orElse(situation && anyMatch(text, "situation-health") ? situationDefault : Urgency.NONE);
        if (situation && youngInfant(turn.context()) && anyMatch(text, "fever")
                && Urgency.EMERGENCY.higherThan(urgency)) {
            rule = rules.stream().filter(r -> r.id().equals("infant-under-3-months-fever")).findFirst();
            urgency = Urgency.EMERGENCY;
        }
        return new TurnFacts(turn, text, language, region, situation, rule, urgency);
    }

    /** True when some sentence describes a situation, so text appended around a real report cannot hide it. */
    private boolean describesSituation(NormalizedText text) {
        for (NormalizedText sentence : text.sentences()) {
            if (sentenceDescribesSituation(sentence)) {
                return true;
            }
        }
        return false;
    }

    private boolean sentenceDescribesSituation(NormalizedText text) {
        if (anyMatch(text, "situation-hypothetical") && !anyMatch(text, "situation-now")) {
            return false;
        }
        if (anyMatch(text, "situation-personal") || anyMatch(text, "situation-now")) {
            return true;
        }
        return !anyMatch(text, "situation-general-question");
    }

    private Optional<Rule> mostUrgent(NormalizedText text) {
        for (Rule rule : rules) {
            if (rule.matches(text)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private boolean anyMatch(NormalizedText text, String patternList) {
        for (Phrase p : data.patterns(patternList)) {
            if (text.containsAffirmed(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean youngInfant(PatientContext context) {
        return context != null && context.ageYears() != null
                && context.ageYears() < data.number("infant-fever-max-age-years", 0.25);
    }
}
