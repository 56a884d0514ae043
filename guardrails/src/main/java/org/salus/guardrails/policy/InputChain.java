package org.salus.guardrails.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.salus.guardrails.decision.Action;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.SafetyDecision;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.data.Texts;

/**
 * Runs the input policies in order; flags accumulate, the first deciding verdict wins and is turned into an
 * {@link InputAssessment} that names the deciding policy and the policy-set version. Crisis support is never
 * lost to an earlier refusal or reframe: when one decides, the crisis policies still judge, and a person in crisis
 * gets crisis support (for a refusal, the crisis reply that declines the request too). A described emergency is
 * never lost either: its instruction comes first.
 */
public final class InputChain {

    private final List<InputPolicy> policies;
    private final Set<String> crisisPolicies;
    private final Texts texts;
    private final String version;

    public InputChain(List<InputPolicy> policies, Set<String> crisisPolicies, Texts texts, String version) {
        this.policies = List.copyOf(policies);
        this.crisisPolicies = Set.copyOf(crisisPolicies);
        this.texts = texts;
        this.version = version;
    }

    public List<String> policyIds() {
        return policies.stream().map(InputPolicy::id).toList();
    }

    public InputAssessment assess(TurnFacts facts) {
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            InputPolicy policy = policies.get(i);
            Verdict verdict = policy.evaluate(facts);
            switch (verdict) {
                case Verdict.Pass pass -> { }
                case Verdict.Flag flag -> flags.add(flag.category());
                case Verdict.Refuse refuse -> {
                    Optional<Verdict.Escalate> crisis = crisisAfter(i, facts);
                    return crisis.isPresent() ? refuseInCrisis(policy.id(), refuse, crisis.get(), flags, facts)
                            : refuse(policy.id(), refuse, flags, facts);
                }
                case Verdict.Escalate escalate -> {
                    return escalate(policy.id(), escalate, flags, facts);
                }
                case Verdict.Reframe reframe -> {
                    Optional<Verdict.Escalate> crisis = crisisAfter(i, facts);
                    return crisis.isPresent()
                            ? escalate(policy.id(), crisis.get(), merge(reframe.categories(), flags), facts)
                            : reframe(policy.id(), reframe, flags, facts);
                }
            }
        }
        Optional<String> lead = facts.urgency() == Urgency.URGENT ? Optional.of(text(facts, "urgentLead"))
                : Optional.empty();
        List<String> categories = new ArrayList<>(flags);
        facts.triageRule().ifPresent(r -> addAll(categories, r.categories()));
        return new InputAssessment(decision(Action.ANSWER, facts.urgency(), categories,
                flags.isEmpty() ? "default-answer" : "prompt-injection"), lead, Optional.empty(), true, "");
    }

    private Optional<Verdict.Escalate> crisisAfter(int decider, TurnFacts facts) {
        for (InputPolicy later : policies.subList(decider + 1, policies.size())) {
            if (crisisPolicies.contains(later.id())
                    && later.evaluateAfterRefusal(facts) instanceof Verdict.Escalate e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The request is still declined, with the compassionate crisis reply and the region's lines. */
    private InputAssessment refuseInCrisis(String policy, Verdict.Refuse refuse, Verdict.Escalate crisis,
                                           List<String> flags, TurnFacts facts) {
        List<String> categories = merge(crisis.categories(), merge(refuse.categories(), flags));
        String reply = text(facts, "crisisMethodsReply");
        return new InputAssessment(decision(Action.ESCALATE, crisis.urgency(), categories, policy),
                Optional.of(reply), Optional.of(reply), false, "");
    }

    /**
     * A refusal never swallows a described emergency: the reply then starts with what to do now, and nothing is
     * retrieved for the refused part.
     */
    private InputAssessment refuse(String policy, Verdict.Refuse refuse, List<String> flags, TurnFacts facts) {
        List<String> categories = merge(refuse.categories(), flags);
        if (facts.urgency() == Urgency.EMERGENCY) {
            String lead = text(facts, "emergencyLead");
            addAll(categories, List.of("emergency"));
            return new InputAssessment(decision(Action.ESCALATE, Urgency.EMERGENCY, categories, policy),
                    Optional.of(lead), Optional.of(lead + "\n\n" + text(facts, refuse.textKey())), false, "");
        }
        return new InputAssessment(decision(Action.REFUSE, Urgency.NONE, categories, policy), Optional.empty(),
                Optional.of(text(facts, refuse.textKey())), false, "");
    }

    private InputAssessment escalate(String policy, Verdict.Escalate escalate, List<String> flags, TurnFacts facts) {
        List<String> categories = merge(escalate.categories(), flags);
        String lead = text(facts, escalate.leadKey());
        Optional<String> reply = escalate.retrieve() ? Optional.empty() : Optional.of(lead);
        return new InputAssessment(decision(Action.ESCALATE, escalate.urgency(), categories, policy),
                Optional.of(lead), reply, escalate.retrieve(), escalate.topic());
    }

    private InputAssessment reframe(String policy, Verdict.Reframe reframe, List<String> flags, TurnFacts facts) {
        List<String> categories = merge(reframe.categories(), flags);
        String lead = text(facts, reframe.leadKey());
        if (facts.urgency() == Urgency.EMERGENCY) {
            addAll(categories, List.of("emergency"));
            return new InputAssessment(decision(Action.ESCALATE, Urgency.EMERGENCY, categories, policy),
                    Optional.of(text(facts, "emergencyLead") + "\n\n" + lead), Optional.empty(), true,
                    facts.triageRule().map(r -> r.topic()).orElse(""));
        }
        if (facts.urgency() == Urgency.URGENT) {
            lead = text(facts, "urgentLead") + "\n\n" + lead;
        }
        return new InputAssessment(decision(Action.REFRAME, facts.urgency(), categories, policy),
                Optional.of(lead), Optional.empty(), true, "");
    }

    private SafetyDecision decision(Action action, Urgency urgency, List<String> categories, String policy) {
        return new SafetyDecision(action, urgency, categories, policy + "@" + version);
    }

    private String text(TurnFacts facts, String key) {
        return texts.format(facts.language(), key, facts.region());
    }

    private static List<String> merge(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        addAll(out, second);
        return out;
    }

    private static void addAll(List<String> target, List<String> more) {
        more.stream().filter(c -> !target.contains(c)).forEach(target::add);
    }
}
