package org.salus.guardrails;

import org.salus.guardrails.decision.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.salus.guardrails.data.PolicyData;
import org.salus.guardrails.data.PolicyDataLoader;
import org.salus.guardrails.policy.CorpusQuoter;
import org.salus.guardrails.policy.EmergencyPolicy;
import org.salus.guardrails.policy.InputChain;
import org.salus.guardrails.policy.InputPolicy;
import org.salus.guardrails.learn.HeadSet;
import org.salus.guardrails.learn.SafetyModel;
import org.salus.guardrails.policy.LeadFirstPolicy;
import org.salus.guardrails.policy.LearnedCrisisPolicy;
import org.salus.guardrails.policy.LearnedHarmPolicy;
import org.salus.guardrails.policy.LlmClassifierPolicy;
import org.salus.guardrails.policy.OutputChain;
import org.salus.guardrails.policy.PromptInjectionPolicy;
import org.salus.guardrails.policy.ReplyHoldsPolicy;
import org.salus.guardrails.policy.RulePolicy;
import org.salus.guardrails.policy.SystemPromptLeakPolicy;
import org.salus.guardrails.policy.Triage;
import org.salus.guardrails.policy.TurnFacts;
import org.salus.guardrails.policy.Verdict;
import org.salus.guardrails.text.Rule;

/**
 * The one entry point the assistant uses: judges a turn before retrieval, reviews the composed answer, quotes
 * corpus text safely and supplies disclaimers. Built once from the versioned data files; thread-safe.
 */
public final class Guardrails {

    private final PolicyData data;
    private final Triage triage;
    private final InputChain input;
    private final OutputChain output;
    private final CorpusQuoter quoter;
    private final GuardrailSettings settings;
    private final Optional<SafetyModel> model;
    private static final Set<String> CRISIS_POLICIES = Set.of("crisis-methods", "crisis-intent", "crisis-support",
            "crisis-model");
    /** Fewer words than this are never read as a mere mention of suicide (see {@code yieldsToHeads}). */
    private static final int MENTION_WORDS = 10;

    private Guardrails(PolicyData data, GuardrailSettings settings, InputChain input, Optional<SafetyModel> model) {
        this.data = data;
        this.settings = settings;
        this.model = model;
        this.triage = new Triage(data, settings.defaultRegion(), settings.defaultLanguage(), model);
        this.input = input != null ? input
                : new InputChain(inputPolicies(data, settings), CRISIS_POLICIES, data.texts(), data.version());
        this.output = new OutputChain(List.of(new ReplyHoldsPolicy(),
                new SystemPromptLeakPolicy(settings.systemPromptCanary(), data.patterns("output-leak"), data.texts()),
                new LeadFirstPolicy()), data.version());
        this.quoter = new CorpusQuoter(data.patterns("corpus-injection"));
    }

    public static Guardrails load(GuardrailSettings settings) {
        PolicyData data = new PolicyDataLoader(settings.extraDataDir()).load();
        Optional<SafetyModel> model = settings.learnedLayer()
                ? HeadSet.packaged().map(heads -> new SafetyModel(heads, data, settings.embedder()))
                : Optional.empty();
        return new Guardrails(data, settings, null, model);
    }

    /** Whether the trained heads are packaged and in use (they are unless the build skipped training). */
    public boolean learnedLayer() {
        return model.isPresent();
    }

    /**
     * Input policies in order: crisis methods and intent, then what is declined or reframed, then crisis support,
     * emergencies, the optional LLM layer, scope and personal advice. A refusal or reframe that decides early still
     * yields to crisis support and to a described emergency (see {@link InputChain}).
     */
    private static List<InputPolicy> inputPolicies(PolicyData data, GuardrailSettings settings) {
        List<InputPolicy> policies = new ArrayList<>();
        policies.add(new PromptInjectionPolicy(data.patterns("injection")));
        policies.add(new RulePolicy("crisis-methods", data.rules("crisis-methods"), true,
                (r, f) -> new Verdict.Escalate(Urgency.EMERGENCY, r.categories(), "crisisMethodsReply", false, "")));
        policies.add(new RulePolicy("crisis-intent", data.rules("crisis-intent"), true,
                (r, f) -> new Verdict.Escalate(Urgency.EMERGENCY, r.categories(), "crisisEmergencyLead", true,
                        "suicidal thoughts")));
        policies.add(new RulePolicy("harmful-request", data.rules("harmful"), false,
                (r, f) -> new Verdict.Refuse(r.categories(), "refusal")));
        policies.add(new RulePolicy("eating-disorder-support", data.rules("eating-disorder"), true,
                (r, f) -> new Verdict.Reframe(r.categories(), "eatingDisorderLead")));
        policies.add(new RulePolicy("extreme-dieting", data.rules("extreme-dieting"), false,
                (r, f) -> new Verdict.Reframe(r.categories(), "extremeDietLead")));
        policies.add(new LearnedHarmPolicy());
        policies.add(new RulePolicy("crisis-support", data.rules("crisis-support"), true,
                (r, f) -> yieldsToHeads(r, f) ? Verdict.PASS
                        : f.urgency() == Urgency.EMERGENCY || f.signals().acute()
                        ? new Verdict.Escalate(Urgency.EMERGENCY, withEmergency(r.categories()), "crisisEmergencyLead",
                                true, "suicidal thoughts")
                        : new Verdict.Escalate(Urgency.URGENT, r.categories(), "crisisLead", true,
                                "suicidal thoughts")));
        policies.add(new LearnedCrisisPolicy(data.patterns("situation-personal")));
        policies.add(new EmergencyPolicy());
        settings.llmClassifier().ifPresent(c -> policies.add(new LlmClassifierPolicy(c)));
        policies.add(new RulePolicy("out-of-scope-task", data.rules("out-of-scope"), false,
                (r, f) -> new Verdict.Refuse(r.categories(), "outOfScope")));
        policies.add(new RulePolicy("personal-medical-advice", data.rules("reframe"), false,
                (r, f) -> new Verdict.Reframe(r.categories())));
        return policies;
    }

    /**
     * A crisis-word rule yields when the learned heads are confidently negative: on the blind sets such matches were
     * questions, grief, recovery stories, sport and songs. Only a message with context around the words (at least
     * {@value #MENTION_WORDS} words) can be a mention: "mi amiga quiere suicidarse" is the crisis itself, whatever
     * the heads read. English only: the query embedding is English, and in Spanish the heads read a relapse
     * ("recaí con las autolesiones") as calmly as a recovery story. Rules that also see abuse stand, as the heads
     * do not read abuse.
     */
    private static boolean yieldsToHeads(Rule rule, TurnFacts facts) {
        return facts.signals().crisisClear() && List.of("self_harm_crisis").equals(rule.categories())
                && facts.text().text().split(" ").length >= MENTION_WORDS && "en".equals(facts.language());
    }


    private static List<String> withEmergency(List<String> categories) {
        List<String> out = new ArrayList<>(categories);
        out.add("emergency");
        return out;
    }

    /** Judges a user turn before retrieval. */
    public InputAssessment assess(UserTurn turn) {
        return input.assess(triage.facts(turn));
    }

    /** Reviews the composed answer for {@code turn}, given what {@link #assess} decided. */
    public OutputAssessment review(UserTurn turn, InputAssessment assessment, String composedAnswer) {
        return output.review(assessment, composedAnswer, triage.facts(turn));
    }

    /** The short localised disclaimer every answer carries (the assistant adds its own demo-content notice). */
    public String disclaimer(String language) {
        String lang = language == null || language.isBlank() ? "en" : language;
        return data.texts().get(lang, "disclaimer");
    }

    /** Fences corpus text as quoted data and removes sentences that read as instructions to the model. */
    public String quoteCorpusText(String passage) {
        return quoter.quote(passage);
    }

    /** Corpus text with instruction-like sentences removed, without the fence. */
    public String neutraliseCorpusText(String passage) {
        return quoter.neutralise(passage);
    }

    /** True when corpus text contains a sentence that reads as an instruction to the model. */
    public boolean containsPlantedInstruction(String passage) {
        return quoter.containsInstruction(passage);
    }

    /** A region's emergency number and crisis lines (the configured default when {@code code} is null or unknown). */
    public org.salus.guardrails.data.Region region(String code) {
        return data.regions().resolve(code, settings.defaultRegion());
    }

    /** The same policy set with another secret canary; reuses the loaded data and the input chain. */
    public Guardrails withSystemPromptCanary(String canary) {
        return new Guardrails(data, settings.withCanary(canary), input, model);
    }

    public String policySetVersion() {
        return data.version();
    }

    /** The input policy ids in the order they run (for audit and tests). */
    public List<String> inputPolicyOrder() {
        return input.policyIds();
    }

    TurnFacts facts(UserTurn turn) {
        return triage.facts(turn);
    }
}
