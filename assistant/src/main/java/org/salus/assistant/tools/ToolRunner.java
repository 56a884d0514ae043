package org.salus.assistant.tools;

import java.util.Optional;

/** Runs a tool request against the nutrition and exercise tables, whoever chose it; empty when the data has no answer. */
final class ToolRunner {

    private final NutritionTool nutrition;
    private final ExerciseTool exercises;

    ToolRunner(NutritionTable foods, ExerciseTable exerciseTable) {
        this.nutrition = new NutritionTool(foods);
        this.exercises = new ExerciseTool(exerciseTable);
    }

    Optional<ToolAnswer> run(ToolCall call, String language) {
        return call instanceof ToolCall.Nutrition n ? nutrition.run(n, language) : exercises.run(call, language);
    }
}
