package org.salus.assistant.tools;

import java.util.Optional;

/**
 * The health tools chosen by the project's own rules, in English or Spanish: a nutrition question first, then an
 * exercise question; used when no language model is configured and whenever the model's tool choice fails.
 */
final class RuleTools implements HealthTools {

    private final ToolRunner runner;

    RuleTools(ToolRunner runner) {
        this.runner = runner;
    }

    @Override
    public Optional<ToolAnswer> answer(String message, String language) {
        return new NutritionRules(language).read(message).flatMap(call -> runner.run(call, language))
                .or(() -> new ExerciseRules(language).read(message).flatMap(call -> runner.run(call, language)));
    }
}
