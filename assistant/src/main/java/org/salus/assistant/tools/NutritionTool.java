package org.salus.assistant.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.assistant.chat.ChatReply;

/**
 * Answers "how much fibre is in an apple", "compare the sodium in X, Y and Z" and "what's in 2 eggs and a slice of toast"
 * from the nutrition table with rules (no LLM): every number in the reply comes from the table.
 */
final class NutritionTool {

    static final String SOURCE = "USDA SR28";
    static final String SR28_URL = "https://www.ars.usda.gov/northeast-area/beltsville-md-bhnrc/"
            + "beltsville-human-nutrition-research-center/methods-and-application-of-food-composition-laboratory/"
            + "mafcl-site-pages/sr11-sr28/";

    private static final Pattern MEAL_CUE = Pattern.compile(
            "\\b(?:what'?s|what is|what are) (?:in|inside)\\b|\\bnutrition(?:al)?(?: facts| information| info| values?| content)? (?:of|for|in)\\b"
                    + "|\\bnutrients? (?:of|in|for)\\b");
    private static final Pattern COMPARE = Pattern.compile("\\bcompare\\b|\\bcomparison\\b|\\bvs\\.?\\b|\\bversus\\b");
    private static final Pattern AFTER_NUTRIENT = Pattern.compile("\\b(?:in|of|for|between)\\b\\s+(.+)$");
    private static final Pattern DOES_HAVE = Pattern.compile("\\b(?:does|do) (.+?) (?:have|contain|provide)\\b");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bvs\\.?|\\bversus\\b|\\bor\\b|\\bplus\\b|\\bwith\\b)\\s*");
    private static final Pattern ITEM = Pattern.compile(
            "^(?:(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|half(?: an?)?|some)\\s+)?"
                    + "(?:(g|grams?|kg|oz|ounces?|cups?|slices?|tbsp|tablespoons?|tsp|teaspoons?|pieces?|medium|large|small|fillets?|breasts?)\\s+)?"
                    + "(?:of\\s+)?(.+)$");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:the|a|an|some|my|these|those|following|\\w+ foods?:?)\\s+|\\s+(?:please|today|each|per serving|foods?)$");
    private static final List<String> DEFAULT_PORTIONS = List.of("medium", "large", "slice", "fruit", "", "breast", "fillet", "cup");

    private final NutritionTable table;

    NutritionTool(NutritionTable table) {
        this.table = table;
    }

    /** A food the message named, with the serving it asked about. */
    record Item(String typed, Food food, double grams, String serving) {}

    Optional<ToolAnswer> answer(String message) {
        String text = Text.normalise(message);
        List<Nutrient> nutrients = Nutrient.mentioned(text);
        boolean compare = COMPARE.matcher(text).find();
        Matcher meal = MEAL_CUE.matcher(text);
        boolean mealCue = meal.find();
        String list;
        if (mealCue) {
            list = text.substring(meal.end());
        } else if (!nutrients.isEmpty()) {
            Matcher has = DOES_HAVE.matcher(text);
            Matcher after = AFTER_NUTRIENT.matcher(text);
            list = has.find() ? has.group(1) : after.find() ? after.group(1) : null;
        } else if (compare) {
            Matcher m = COMPARE.matcher(text);
            m.find();
            list = text.substring(m.end());
        } else {
            return Optional.empty();
        }
        if (list == null || list.isBlank()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String part : SPLIT.split(list.replaceAll("[?.!]+$", "").trim())) {
            if (!part.isBlank()) {
                item(part.trim()).ifPresentOrElse(items::add, () -> missing.add(clean(part)));
            }
        }
        Map<String, List<String>> suggestions = new LinkedHashMap<>();
        missing.forEach(m -> suggestions.put(m, table.suggestions(m)));
        if (items.isEmpty() && suggestions.values().stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        boolean totals = items.size() > 1 && (mealCue || !compare && nutrients.isEmpty());
        return Optional.of(reply(items, nutrients.isEmpty() ? Nutrient.SUMMARY : nutrients, !nutrients.isEmpty(),
                totals, suggestions));
    }

    private static String clean(String part) {
        String cleaned = part.trim();
        String previous;
        do {
            previous = cleaned;
            cleaned = FILLER.matcher(cleaned).replaceAll("").trim();
        } while (!cleaned.equals(previous));
        return cleaned;
    }

    Optional<Item> item(String part) {
        Matcher m = ITEM.matcher(clean(part).replaceAll("(\\d)(g|kg|oz)\\b", "$1 $2"));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = clean(m.group(3));
        Optional<Food> food = table.find(name);
        if (food.isEmpty()) {
            return Optional.empty();
        }
        double quantity = quantity(m.group(1));
        String unit = m.group(2);
        Food f = food.get();
        if (unit != null && unit.matches("g|grams?|kg|oz|ounces?")) {
            double grams = quantity * (unit.equals("kg") ? 1000 : unit.startsWith("o") ? 28.35 : 1);
            return Optional.of(new Item(name, f, grams, Text.number(grams) + " g"));
        }
        Optional<Food.Portion> portion = unit == null ? defaultPortion(f) : portion(f, unit).or(() -> defaultPortion(f));
        if (portion.isEmpty()) {
            return Optional.of(new Item(name, f, 100 * quantity, Text.number(100 * quantity) + " g"));
        }
        Food.Portion p = portion.get();
        double grams = quantity * p.gramsPerUnit();
        return Optional.of(new Item(name, f, grams, Text.number(quantity) + " × " + p.description()));
    }

    private static double quantity(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "a", "an", "one", "some" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> word.startsWith("half") ? 0.5 : Double.parseDouble(word);
        };
    }

    private static Optional<Food.Portion> portion(Food food, String unit) {
        String wanted = switch (Text.stem(unit)) {
            case "tablespoon" -> "tbsp";
            case "teaspoon" -> "tsp";
            default -> Text.stem(unit);
        };
        return food.portions().stream().filter(p -> Text.stems(p.description()).contains(wanted)).findFirst();
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

    private ToolAnswer reply(List<Item> items, List<Nutrient> nutrients, boolean asked, boolean totals,
                             Map<String, List<String>> suggestions) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        items.forEach(i -> numbers.putIfAbsent(i.food().code(), numbers.size() + 1));
        boolean anyDv = false;
        if (!items.isEmpty()) {
            text.append("From the USDA National Nutrient Database (SR28)")
                    .append(table.isDemo() ? ", using Salus's small demo table" : "").append(":\n");
        }
        for (Item item : items) {
            text.append("- ").append(item.food().name()).append(", ").append(item.serving())
                    .append(" (").append(Text.number(item.grams())).append(" g): ");
            List<String> parts = new ArrayList<>();
            for (Nutrient n : nutrients) {
                var amount = item.food().amount(n, item.grams());
                if (amount.isEmpty()) {
                    parts.add(n.label.toLowerCase(Locale.ROOT) + " not recorded");
                    continue;
                }
                String part = n.label.toLowerCase(Locale.ROOT) + " " + n.format(amount.getAsDouble());
                var dv = n.percentDailyValue(amount.getAsDouble());
                if (dv.isPresent()) {
                    part += " (" + dv.get() + "% DV)";
                    anyDv = true;
                }
                if (asked) {
                    part += "; " + n.format(item.food().per100g().get(n)) + " per 100 g";
                }
                parts.add(part);
            }
            text.append(String.join(", ", parts)).append(" [").append(numbers.get(item.food().code())).append("]\n");
        }
        if (totals) {
            List<String> sums = new ArrayList<>();
            for (Nutrient n : nutrients) {
                double sum = items.stream().mapToDouble(i -> i.food().amount(n, i.grams()).orElse(0)).sum();
                sums.add(n.label.toLowerCase(Locale.ROOT) + " " + n.format(sum));
            }
            text.append("- Together: ").append(String.join(", ", sums)).append('\n');
        }
        if (asked && nutrients.size() == 1 && items.size() > 1) {
            Nutrient n = nutrients.getFirst();
            items.stream().filter(i -> i.food().per100g().containsKey(n))
                    .max(java.util.Comparator.comparingDouble(i -> i.food().per100g().get(n)))
                    .ifPresent(i -> text.append("\nPer 100 g, ").append(i.food().name()).append(" has the most ")
                            .append(n.label.toLowerCase(Locale.ROOT)).append(".\n"));
        }
        suggestions.forEach((typed, names) -> text.append("\nI could not find \"").append(typed)
                .append("\" in the nutrition table.")
                .append(names.isEmpty() ? "" : " Did you mean: " + String.join(", ", names) + "?").append('\n'));
        if (anyDv) {
            text.append("\n% DV: share of the FDA Daily Value for adults and children 4 years and older (2,000-calorie diet).");
        }
        List<ChatReply.Citation> citations = new ArrayList<>();
        numbers.forEach((code, n) -> {
            Food food = items.stream().map(Item::food).filter(f -> f.code().equals(code)).findFirst().orElseThrow();
            citations.add(new ChatReply.Citation(n, "usda-sr28:" + code, code, food.name(), SR28_URL,
                    SOURCE + " food code " + code, null, excerpt(food), table.isDemo() ? "demo" : "approved"));
        });
        List<Map<String, Object>> visualisations = items.isEmpty() ? List.of()
                : List.of(visualisation(items, nutrients, asked, totals));
        return new ToolAnswer("nutrition", text.toString().trim(), citations, visualisations, table.isDemo());
    }

    private static String excerpt(Food food) {
        List<String> parts = new ArrayList<>();
        for (Nutrient n : Nutrient.SUMMARY) {
            Double v = food.per100g().get(n);
            if (v != null) {
                parts.add(n.label + " " + n.format(v));
            }
        }
        return "SR28 NDB " + food.code() + ", per 100 g edible portion: " + String.join(", ", parts) + ".";
    }

    private Map<String, Object> visualisation(List<Item> items, List<Nutrient> nutrients, boolean asked, boolean totals) {
        List<Map<String, Object>> nutrientRows = new ArrayList<>();
        for (Nutrient n : nutrients) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", n.key);
            row.put("label", n.label);
            row.put("unit", n.unit);
            row.put("dailyValue", n.dailyValue > 0 ? n.dailyValue : null);
            nutrientRows.add(row);
        }
        List<Map<String, Object>> foods = new ArrayList<>();
        for (Item item : items) {
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
        data.put("dailyValues", "FDA Daily Values, 21 CFR 101.9(c) (2016), adults and children 4 years and older");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "nutrition");
        v.put("title", asked && nutrients.size() == 1 ? nutrients.getFirst().label + " in " + names(items) : "Nutrients in " + names(items));
        v.put("data", data);
        v.put("source", table.isDemo() ? SOURCE + " (Salus demo table, not clinically reviewed)" : SOURCE);
        return v;
    }

    private static String names(List<Item> items) {
        return String.join(", ", items.stream().map(i -> i.food().name().split(",")[0]).distinct().toList());
    }
}
