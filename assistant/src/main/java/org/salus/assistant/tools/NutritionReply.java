package org.salus.assistant.tools;

import org.salus.assistant.reply.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words a nutrition result in the user's language: per-serving values with % Daily Value and per-100 g figures, meal
 * totals, "did you mean" for unknown foods, the citations to SR28 food codes, and the chart data for the web chat.
 */
final class NutritionReply {

    static final String SOURCE = "USDA SR28";
    static final String SR28_URL = "https://www.ars.usda.gov/northeast-area/beltsville-md-bhnrc/"
            + "beltsville-human-nutrition-research-center/methods-and-application-of-food-composition-laboratory/"
            + "mafcl-site-pages/sr11-sr28/";

    private final NutritionTable table;
    private final Phrases phrases;

    NutritionReply(NutritionTable table, Phrases phrases) {
        this.table = table;
        this.phrases = phrases;
    }

    ToolAnswer reply(List<NutritionTool.Item> items, List<Nutrient> nutrients, boolean asked, boolean totals,
                     Map<String, List<String>> suggestions) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        items.forEach(i -> numbers.putIfAbsent(i.food().code(), numbers.size() + 1));
        boolean anyDv = false;
        if (!items.isEmpty()) {
            text.append(phrases.get("nutrition.intro", "demo", table.isDemo() ? phrases.get("nutrition.demo") : "")).append('\n');
        }
        for (NutritionTool.Item item : items) {
            List<String> parts = new ArrayList<>();
            for (Nutrient n : nutrients) {
                String name = lower(phrases.nutrient(n));
                var amount = item.food().amount(n, item.grams());
                if (amount.isEmpty()) {
                    parts.add(phrases.get("nutrition.notRecorded", "nutrient", name));
                    continue;
                }
                String part = phrases.get("nutrition.amount", "nutrient", name, "amount", n.format(amount.getAsDouble()));
                var dv = n.percentDailyValue(amount.getAsDouble());
                if (dv.isPresent()) {
                    part += " " + phrases.get("nutrition.dv", "dv", dv.get());
                    anyDv = true;
                }
                if (asked) {
                    part += "; " + phrases.get("nutrition.per100", "amount", n.format(item.food().per100g().get(n)));
                }
                parts.add(part);
            }
            text.append(phrases.get("nutrition.item", "food", display(item), "serving", item.serving(),
                    "grams", Text.number(item.grams()), "parts", String.join(", ", parts),
                    "n", numbers.get(item.food().code()))).append('\n');
        }
        if (totals) {
            List<String> sums = new ArrayList<>();
            for (Nutrient n : nutrients) {
                double sum = items.stream().mapToDouble(i -> i.food().amount(n, i.grams()).orElse(0)).sum();
                sums.add(phrases.get("nutrition.amount", "nutrient", lower(phrases.nutrient(n)), "amount", n.format(sum)));
            }
            text.append(phrases.get("nutrition.together", "sums", String.join(", ", sums))).append('\n');
        }
        if (asked && nutrients.size() == 1 && items.size() > 1) {
            Nutrient n = nutrients.getFirst();
            items.stream().filter(i -> i.food().per100g().containsKey(n))
                    .max(Comparator.comparingDouble(i -> i.food().per100g().get(n)))
                    .ifPresent(i -> text.append('\n').append(phrases.get("nutrition.most", "food", display(i),
                            "nutrient", lower(phrases.nutrient(n)))).append('\n'));
        }
        suggestions.forEach((typed, names) -> text.append('\n')
                .append(quotable(typed) ? phrases.get("nutrition.notFound", "name", typed) : phrases.get("nutrition.notFoundUnnamed"))
                .append(names.isEmpty() ? "" : " " + phrases.get("didYouMean", "names", String.join(", ", names))).append('\n'));
        if (anyDv) {
            text.append('\n').append(phrases.get("nutrition.dvNote"));
        }
        List<Citation> citations = new ArrayList<>();
        numbers.forEach((code, n) -> {
            Food food = items.stream().map(NutritionTool.Item::food).filter(f -> f.code().equals(code)).findFirst().orElseThrow();
            citations.add(new Citation(n, "usda-sr28:" + code, code, food.name(), SR28_URL,
                    phrases.get("nutrition.citation", "code", code), null, excerpt(food),
                    table.isDemo() ? "demo" : "approved"));
        });
        List<Map<String, Object>> visualisations = items.isEmpty() ? List.of()
                : List.of(visualisation(items, nutrients, asked, totals));
        return new ToolAnswer("nutrition", text.toString().trim(), citations, visualisations, table.isDemo());
    }

    /** Whether a name as typed (by the user or chosen by a model) may be repeated: no digits, so no number but the data's. */
    static boolean quotable(String typed) {
        return typed != null && !typed.isBlank() && typed.length() <= 60 && !typed.matches(".*\\d.*");
    }

    /** The food as the reply names it: the SR28 description, after the user's own word when the word list has it. */
    private String display(NutritionTool.Item item) {
        return item.typed() != null ? phrases.get("nutrition.foodTyped", "typed", item.typed(), "name", item.food().name())
                : item.food().name();
    }

    private String shortName(NutritionTool.Item item) {
        return item.typed() != null ? item.typed() : item.food().name().split(",")[0];
    }

    private String excerpt(Food food) {
        List<String> parts = new ArrayList<>();
        for (Nutrient n : Nutrient.SUMMARY) {
            Double v = food.per100g().get(n);
            if (v != null) {
                parts.add(phrases.nutrient(n) + " " + n.format(v));
            }
        }
        return phrases.get("nutrition.excerpt", "code", food.code(), "values", String.join(", ", parts));
    }

    private Map<String, Object> visualisation(List<NutritionTool.Item> items, List<Nutrient> nutrients, boolean asked, boolean totals) {
        List<Map<String, Object>> nutrientRows = new ArrayList<>();
        for (Nutrient n : nutrients) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", n.key);
            row.put("label", phrases.nutrient(n));
            row.put("unit", n.unit);
            row.put("dailyValue", n.dailyValue > 0 ? n.dailyValue : null);
            nutrientRows.add(row);
        }
        List<Map<String, Object>> foods = new ArrayList<>();
        for (NutritionTool.Item item : items) {
            Map<String, Object> per100 = new LinkedHashMap<>();
            item.food().per100g().forEach((n, v) -> per100.put(n.key, v));
            List<Map<String, Object>> portions = new ArrayList<>();
            portions.add(Map.of("label", "100 g", "grams", 100.0));
            item.food().portions().forEach(p -> portions.add(Map.of("label", p.label(), "grams", p.grams())));
            Map<String, Object> food = new LinkedHashMap<>();
            food.put("code", item.food().code());
            food.put("name", item.food().name());
            food.put("serving", item.serving());
            food.put("grams", item.grams());
            food.put("portions", portions);
            food.put("per100g", per100);
            foods.add(food);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", totals ? "meal" : items.size() > 1 ? "compare" : "single");
        data.put("nutrients", nutrientRows);
        data.put("foods", foods);
        data.put("dailyValues", phrases.get("nutrition.dailyValues"));
        String names = String.join(", ", items.stream().map(this::shortName).distinct().toList());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "nutrition");
        v.put("title", asked && nutrients.size() == 1
                ? phrases.get("nutrition.titleOne", "nutrient", phrases.nutrient(nutrients.getFirst()), "foods", names)
                : phrases.get("nutrition.titleAll", "foods", names));
        v.put("data", data);
        v.put("source", table.isDemo() ? phrases.get("nutrition.sourceDemo") : SOURCE);
        return v;
    }

    /** A label inside a sentence: "Vitamin C" → "vitamin C", "Hidratos de carbono" → "hidratos de carbono". */
    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
