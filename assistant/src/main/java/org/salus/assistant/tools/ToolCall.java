package org.salus.assistant.tools;

import java.util.List;

/**
 * What a health tool is asked to do, whoever read it from the message (the project's rules or a language model), so
 * that every answer is computed and worded by Salus from the data in one place.
 */
sealed interface ToolCall permits ToolCall.Nutrition, ToolCall.Muscles, ToolCall.Exercises {

    /** A food as named, with the amount asked about; a null unit means the food's usual household portion. */
    record FoodAmount(String name, double quantity, String unit) {}

    /** Nutrients of foods; no nutrients means the usual summary, {@code total} adds the foods up as one meal. */
    record Nutrition(List<FoodAmount> foods, List<Nutrient> nutrients, boolean total) implements ToolCall {}

    /** The muscles one named exercise works. */
    record Muscles(String exercise) implements ToolCall {}

    /** Exercises whose main muscle is one of these (free-exercise-db muscle names), optionally needing no equipment. */
    record Exercises(List<String> muscles, boolean equipmentFree) implements ToolCall {}
}
