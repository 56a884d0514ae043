package org.salus.assistant.tools;

import java.util.Optional;

/** The health tools in the order they are tried: nutrition, then exercises; English rules only for now. */
final class Tools implements HealthTools {

    private final NutritionTool nutrition;
    private final ExerciseTool exercises;

    Tools(NutritionTable foods, ExerciseTable exerciseTable) {
        this.nutrition = new NutritionTool(foods);
        this.exercises = new ExerciseTool(exerciseTable);
    }

    @Override
    public Optional<ToolAnswer> answer(String message, String language) {
        if (language != null && !language.startsWith("en")) {
            return Optional.empty();
        }
        return nutrition.answer(message).or(() -> exercises.answer(message));
    }
}
