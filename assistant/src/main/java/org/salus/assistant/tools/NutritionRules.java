package org.salus.assistant.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a nutrition question ("how much fibre is in an apple", "¿cuánta fibra tiene una manzana?", "compare the
 * sodium in X, Y and Z", "what's in 2 eggs and a slice of toast") into a {@link ToolCall.Nutrition}, with one grammar
 * per language; the food names are looked up later, so this class needs no data.
 */
final class NutritionRules {

    /** The patterns of one language. */
    private record Grammar(Pattern mealCue, Pattern compare, Pattern has, Pattern after, Pattern split, Pattern filler) {}

    private static final Map<String, Grammar> GRAMMARS = Map.of(
            "en", new Grammar(
                    Pattern.compile("\\b(?:what'?s|what is|what are) (?:in|inside)\\b"
                            + "|\\bnutrition(?:al)?(?: facts| information| info| values?| content)? (?:of|for|in)\\b"
                            + "|\\bnutrients? (?:of|in|for)\\b"),
                    Pattern.compile("\\bcompare\\b|\\bcomparison\\b|\\bvs\\.?\\b|\\bversus\\b"),
                    Pattern.compile("\\b(?:does|do) (.+?) (?:have|contain|provide)\\b"),
                    Pattern.compile("\\b(?:in|of|for|between)\\b\\s+(.+)$"),
                    Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bvs\\.?|\\bversus\\b|\\bor\\b|\\bplus\\b|\\bwith\\b)\\s*"),
                    Pattern.compile("^(?:the|a|an|some|my|these|those|following|\\w+ foods?:?)\\s+"
                            + "|\\s+(?:please|today|each|per serving|foods?)$")),
            "es", new Grammar(
                    Pattern.compile("\\bque (?:hay|lleva|llevan|contiene|contienen) (?:en )?"
                            + "|\\binformacion nutricional (?:de|del|sobre)\\b|\\bvalor(?:es)? nutricional(?:es)? (?:de|del)\\b"
                            + "|\\bque nutrientes (?:tiene|tienen|hay en|aporta|aportan)\\b|\\bnutrientes (?:de|del|en)\\b"),
                    Pattern.compile("\\bcompar\\w*\\b|\\bfrente a\\b|\\bvs\\.?\\b|\\bversus\\b"),
                    Pattern.compile("\\b(?:tiene|tienen|contiene|contienen|aporta|aportan|lleva|llevan|hay en|hay)\\s+(.+)$"),
                    Pattern.compile("\\b(?:de|del|en|entre)\\b\\s+(.+)$"),
                    Pattern.compile("\\s*(?:,|;|&|\\by\\b|\\be\\b|\\bo\\b|\\bu\\b|\\bmas\\b|\\bcon\\b|\\bvs\\.?|\\bversus\\b"
                            + "|\\bfrente a\\b)\\s*"),
                    Pattern.compile("^(?:el|la|los|las|un|una|unos|unas|de|del|mi|mis|estos|estas|esos|esas|siguientes"
                            + "|\\w+ alimentos:?)\\s+|\\s+(?:por favor|hoy|cada uno|cada una|por racion|por porcion|alimentos)$")));

    private final Grammar grammar;
    private final Vocabulary words;
    private final Pattern item;

    NutritionRules(String language) {
        String lang = Phrases.language(language);
        this.grammar = GRAMMARS.get(lang);
        this.words = Vocabulary.of(lang);
        Map<String, String> units = words.units();
        String sizes = alternation(units.entrySet().stream().filter(e -> e.getValue().matches("medium|large|small"))
                .map(Map.Entry::getKey).toList());
        this.item = Pattern.compile("^(?:(\\d+(?:\\.\\d+)?|" + alternation(List.copyOf(words.numbers().keySet())) + ")\\s+)?"
                + "(?:(" + alternation(List.copyOf(units.keySet())) + ")\\s+)?(?:(?:of|de|del)\\s+)?(.+?)"
                + "(?:\\s+(" + sizes + "))?$");
    }

    Optional<ToolCall.Nutrition> read(String message) {
        String text = Text.normalise(message);
        List<Nutrient> nutrients = words.nutrients(text);
        boolean compare = grammar.compare().matcher(text).find();
        Matcher meal = grammar.mealCue().matcher(text);
        boolean mealCue = meal.find();
        String list;
        if (mealCue) {
            list = text.substring(meal.end());
        } else if (!nutrients.isEmpty()) {
            Matcher has = grammar.has().matcher(text);
            Matcher after = grammar.after().matcher(text);
            list = has.find() ? has.group(1) : after.find(words.nutrientsEnd(text)) ? after.group(1) : null;
        } else if (compare) {
            Matcher m = grammar.compare().matcher(text);
            m.find();
            list = text.substring(m.end());
        } else {
            return Optional.empty();
        }
        if (list == null || list.isBlank()) {
            return Optional.empty();
        }
        List<ToolCall.FoodAmount> foods = new ArrayList<>();
        for (String part : grammar.split().split(list.replaceAll("[?.!]+$", "").trim())) {
            amount(part).ifPresent(foods::add);
        }
        if (foods.isEmpty()) {
            return Optional.empty();
        }
        boolean total = foods.size() > 1 && (mealCue || !compare && nutrients.isEmpty());
        return Optional.of(new ToolCall.Nutrition(foods, nutrients, total));
    }

    /** One food phrase ("2 eggs", "half an avocado", "una manzana mediana") as a name, a quantity and a unit token. */
    Optional<ToolCall.FoodAmount> amount(String part) {
        Matcher m = item.matcher(clean(part).replaceAll("(\\d)(g|gr|kg|oz)\\b", "$1 $2"));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = clean(m.group(3));
        if (name.isBlank()) {
            return Optional.empty();
        }
        String unit = m.group(2) != null ? m.group(2) : m.group(4);
        return Optional.of(new ToolCall.FoodAmount(name, quantity(m.group(1)), unit == null ? null : words.units().get(unit)));
    }

    private String clean(String part) {
        String cleaned = part.trim();
        String previous;
        do {
            previous = cleaned;
            cleaned = grammar.filler().matcher(cleaned).replaceAll("").trim();
        } while (!cleaned.equals(previous));
        return cleaned;
    }

    private double quantity(String word) {
        if (word == null) {
            return 1;
        }
        Double named = words.numbers().get(word);
        return named != null ? named : Double.parseDouble(word);
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
