package org.salus.guardrails.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salus.guardrails.text.Phrase;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.data.Texts;

/**
 * Withholds an answer that discloses the system prompt (it contains the secret canary) or shows that planted
 * instructions were followed (markers such as a granted-access phrase or a recited instruction list).
 */
public final class SystemPromptLeakPolicy implements OutputPolicy {

    private final Optional<String> canary;
    private final List<Phrase> markers;
    private final Texts texts;

    public SystemPromptLeakPolicy(Optional<String> canary, List<Phrase> markers, Texts texts) {
        this.canary = canary.filter(c -> !c.isBlank()).map(c -> c.toLowerCase(Locale.ROOT));
        this.markers = List.copyOf(markers);
        this.texts = texts;
    }

    @Override
    public String id() {
        return "system-prompt-leak";
    }

    @Override
    public OutputVerdict review(InputAssessment input, String answer, TurnFacts facts) {
        if (!leaks(answer)) {
            return OutputVerdict.KEEP;
        }
        String withheld = texts.format(facts.language(), "withheld", facts.region());
        String reply = input.leadText().map(lead -> lead + "\n\n" + withheld).orElse(withheld);
        return new OutputVerdict.Replace(reply, "answer withheld: it disclosed or followed hidden instructions",
                List.of("prompt_injection"));
    }

    /** True when {@code answer} carries the canary or an instruction-following marker. */
    public boolean leaks(String answer) {
        if (canary.isPresent() && answer.toLowerCase(Locale.ROOT).contains(canary.get())) {
            return true;
        }
        String folded = org.salus.guardrails.text.NormalizedText.fold(answer);
        for (Phrase p : markers) {
            if (p.pattern().matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }
}
