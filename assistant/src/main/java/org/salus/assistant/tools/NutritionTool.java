package org.salus.assistant.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a nutrition request against the nutrition table: finds each food (by its English or Spanish name), turns the
 * serving into grams and hands the result to {@link NutritionReply}; every number comes from the table.
 */
final class NutritionTool {

    private static final List<String> DEFAULT_PORTIONS = List.of("medium", "large", "slice", "fruit", "", "breast", "fillet", "cup");
    private static final Map<String, List<String>> UNIT_WORDS = Map.of("tbsp", List.of("tbsp", "tablespoon"),
            "tsp", List.of("tsp", "teaspoon"));

    private final NutritionTable table;

    NutritionTool(NutritionTable table) {
        this.table = table;
    }

    /** A food the request named (by a listed word of the user's language, else null), with the serving it asked about. */
    record Item(String typed, Food food, double grams, String serving) {}

    Optional<ToolAnswer> run(ToolCall.Nutrition call, String language) {
        Vocabulary words = Vocabulary.of(language);
        List<Item> items = new ArrayList<>();
        Map<String, List<String>> suggestions = new LinkedHashMap<>();
        for (ToolCall.FoodAmount amount : call.foods()) {
            resolve(amount, words).ifPresentOrElse(items::add, () -> suggestions.put(amount.name(), suggest(amount.name(), words)));
        }
        if (items.isEmpty() && suggestions.values().stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        boolean asked = !call.nutrients().isEmpty();
        return Optional.of(new NutritionReply(table, Phrases.of(language)).reply(items,
                asked ? call.nutrients() : Nutrient.SUMMARY, asked, call.total() && items.size() > 1, suggestions));
    }

    Optional<Item> resolve(ToolCall.FoodAmount amount, Vocabulary words) {
        Optional<Food> food = words.food(amount.name()).flatMap(table::find).or(() -> table.find(amount.name()));
        if (food.isEmpty()) {
            return Optional.empty();
        }
        Food f = food.get();
        String typed = words.spelledFood(amount.name()).orElse(null);
        double quantity = amount.quantity();
        String unit = amount.unit();
        if (unit != null && unit.matches("g|kg|oz")) {
            double grams = quantity * (unit.equals("kg") ? 1000 : unit.equals("oz") ? 28.35 : 1);
            return Optional.of(new Item(typed, f, grams, Text.number(grams) + " g"));
        }
        Optional<Food.Portion> portion = unit == null ? defaultPortion(f) : portion(f, unit).or(() -> defaultPortion(f));
        if (portion.isEmpty()) {
            return Optional.of(new Item(typed, f, 100 * quantity, Text.number(100 * quantity) + " g"));
        }
        Food.Portion p = portion.get();
        return Optional.of(new Item(typed, f, quantity * p.gramsPerUnit(), Text.number(quantity) + " × " + p.description()));
    }

    private List<String> suggest(String typed, Vocabulary words) {
        Set<String> near = new LinkedHashSet<>(words.nearFoods(typed));
        near.addAll(table.suggestions(typed));
        return near.stream().limit(3).toList();
    }

    private static Optional<Food.Portion> portion(Food food, String unit) {
        List<String> wanted = UNIT_WORDS.getOrDefault(unit, List.of(unit));
        return food.portions().stream().filter(p -> Text.stems(p.description()).stream().anyMatch(wanted::contains)).findFirst();
    }

    static Optional<Food.Portion> defaultPortion(Food food) {
        String head = Text.stems(food.name().split(",")[0]).stream().findFirst().orElse("");
        for (String preferred : DEFAULT_PORTIONS) {
            String word = preferred.isEmpty() ? head : preferred;
            for (Food.Portion p : food.portions()) {
                if (Text.stems(p.description()).contains(word)) {
                    return Optional.of(p);
                }
            }
        }
        return food.portions().stream().findFirst();
    }
}
