package org.salus.guardrails.data;

import java.util.List;
import java.util.Map;
import org.salus.guardrails.text.NegationRules;
import org.salus.guardrails.text.Phrase;
import org.salus.guardrails.text.Rule;
import org.salus.guardrails.text.VitalFlag;

/**
 * Everything the policies read from the versioned data files: word lists, rules, thresholds, vital-sign flags,
 * locale numbers and texts.
 *
 * @param rules     rule sections by name, e.g. {@code "triage"}, {@code "harmful"}, {@code "crisis-intent"}
 * @param patterns  plain pattern lists by name, e.g. {@code "situation-personal"}, {@code "injection"}
 * @param numbers   numeric settings such as the learned heads' thresholds
 * @param vitalFlags vital-sign red flags ({@code vitals.yaml})
 */
public record PolicyData(String version, NegationRules negation, Map<String, List<Rule>> rules,
                         Map<String, List<Phrase>> patterns, Map<String, Double> numbers, Map<String, String> settings, Texts texts,
                         Regions regions, List<VitalFlag> vitalFlags) {

    public List<Rule> rules(String section) {
        return rules.getOrDefault(section, List.of());
    }

    public List<Phrase> patterns(String name) {
        return patterns.getOrDefault(name, List.of());
    }

    public String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    public double number(String name, double fallback) {
        return numbers.getOrDefault(name, fallback);
    }
}
