package org.salus.assistant.tools;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The health tools as LangChain4j tool specifications, and the strict reading of a model's tool calls back into
 * {@link ToolCall}s: an unknown tool, malformed JSON, a value outside the schema or an amount the user never wrote is
 * rejected, so that only the data's numbers (and the user's own amounts) can reach a reply.
 */
final class ModelToolCalls {

    static final String NUTRITION = "nutrition_facts";
    static final String MUSCLES = "exercise_muscles";
    static final String EXERCISES = "exercises_for_muscles";
    static final List<String> UNITS = List.of("g", "kg", "oz", "cup", "slice", "tbsp", "tsp", "piece", "medium", "large", "small",
            "fillet", "breast");
    private static final int MAX_FOODS = 10;
    private static final int MAX_NAME = 80;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A tool call the model made that Salus will not run, with a reason that repeats nothing the model wrote. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private ModelToolCalls() {
    }

    static List<ToolSpecification> specifications() {
        JsonObjectSchema food = JsonObjectSchema.builder()
                .addStringProperty("name", "The food's everyday English name, e.g. apple, white bread, cheddar cheese, chicken breast")
                .addNumberProperty("amount", "How many units the user said, e.g. 2 for '2 eggs'; leave out when the user gave no amount")
                .addEnumProperty("unit", UNITS, "The unit of the amount; leave out for a usual serving (one egg, one apple)")
                .required("name").build();
        List<String> nutrients = Arrays.stream(Nutrient.values()).map(n -> n.key).toList();
        return List.of(
                ToolSpecification.builder().name(NUTRITION)
                        .description("Looks up energy and nutrients of foods in the USDA SR28 food composition table, per serving "
                                + "and per 100 g, with % Daily Value. Use it for calories or nutrients in a food, comparing foods, "
                                + "or what a meal contains.")
                        .parameters(JsonObjectSchema.builder()
                                .addProperty("foods", JsonArraySchema.builder().items(food)
                                        .description("The foods asked about, in the order the user named them").build())
                                .addProperty("nutrients", JsonArraySchema.builder()
                                        .items(JsonEnumSchema.builder().enumValues(nutrients).build())
                                        .description("The nutrients the user asked about; leave out for a general summary").build())
                                .addBooleanProperty("total", "true when the foods are eaten together as one meal and should be added up")
                                .required("foods").build())
                        .build(),
                ToolSpecification.builder().name(MUSCLES)
                        .description("Looks up the primary and secondary muscles an exercise works, its equipment, level and "
                                + "instructions in free-exercise-db.")
                        .parameters(JsonObjectSchema.builder()
                                .addStringProperty("exercise", "The exercise's English name, e.g. squat, push-up, plank, deadlift")
                                .required("exercise").build())
                        .build(),
                ToolSpecification.builder().name(EXERCISES)
                        .description("Lists exercises from free-exercise-db that mainly work the given muscles.")
                        .parameters(JsonObjectSchema.builder()
                                .addProperty("muscles", JsonArraySchema.builder()
                                        .items(JsonEnumSchema.builder().enumValues(ExerciseTool.MUSCLES).build())
                                        .description("The muscles to train, e.g. lower back for 'my lower back'").build())
                                .addBooleanProperty("equipment_free", "true when the user wants exercises without equipment")
                                .required("muscles").build())
                        .build());
    }

    /** The tool calls of one model reply as one request: several nutrition calls are merged, otherwise the first counts. */
    static ToolCall read(List<ToolExecutionRequest> requests, String message, String language) throws Rejected {
        List<ToolCall> calls = new ArrayList<>();
        for (ToolExecutionRequest request : requests) {
            calls.add(read(request, message, language));
        }
        if (calls.stream().allMatch(c -> c instanceof ToolCall.Nutrition)) {
            List<ToolCall.FoodAmount> foods = new ArrayList<>();
            Set<Nutrient> nutrients = new LinkedHashSet<>();
            boolean total = false;
            for (ToolCall call : calls) {
                ToolCall.Nutrition n = (ToolCall.Nutrition) call;
                foods.addAll(n.foods());
                nutrients.addAll(n.nutrients());
                total |= n.total();
            }
            if (foods.size() > MAX_FOODS) {
                throw new Rejected("too many foods");
            }
            return new ToolCall.Nutrition(foods, nutrients.stream().sorted().toList(), total);
        }
        return calls.getFirst();
    }

    static ToolCall read(ToolExecutionRequest request, String message, String language) throws Rejected {
        JsonNode args;
        try {
            args = JSON.readTree(request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments());
        } catch (JacksonException e) {
            throw new Rejected("arguments that are not JSON");
        }
        if (!args.isObject()) {
            throw new Rejected("arguments that are not a JSON object");
        }
        String name = request.name() == null ? "" : request.name();
        return switch (name) {
            case NUTRITION -> nutrition(args, message, language);
            case MUSCLES -> new ToolCall.Muscles(text(args.get("exercise"), "exercise"));
            case EXERCISES -> exercises(args);
            default -> throw new Rejected("an unknown tool");
        };
    }

    private static ToolCall.Nutrition nutrition(JsonNode args, String message, String language) throws Rejected {
        JsonNode foods = args.get("foods");
        if (foods == null || !foods.isArray() || foods.isEmpty() || foods.size() > MAX_FOODS) {
            throw new Rejected("no usable list of foods");
        }
        Set<Double> written = amountsWritten(message, language);
        List<ToolCall.FoodAmount> amounts = new ArrayList<>();
        for (JsonNode food : foods) {
            if (!food.isObject()) {
                throw new Rejected("a food that is not an object");
            }
            String foodName = text(food.get("name"), "food name");
            double amount = 1;
            JsonNode given = food.get("amount");
            if (given != null && !given.isNull()) {
                if (!given.isNumber() || !(given.asDouble() > 0) || !written.contains(given.asDouble())) {
                    throw new Rejected("an amount the user did not write");
                }
                amount = given.asDouble();
            }
            JsonNode unit = food.get("unit");
            String unitToken = null;
            if (unit != null && !unit.isNull()) {
                if (!unit.isTextual() || !UNITS.contains(unit.asText())) {
                    throw new Rejected("an unknown unit");
                }
                unitToken = unit.asText();
            }
            amounts.add(new ToolCall.FoodAmount(foodName, amount, unitToken));
        }
        List<Nutrient> nutrients = new ArrayList<>();
        JsonNode keys = args.get("nutrients");
        if (keys != null && !keys.isNull()) {
            if (!keys.isArray()) {
                throw new Rejected("nutrients that are not a list");
            }
            for (JsonNode key : keys) {
                Nutrient n = Nutrient.byKey(key.asText()).orElseThrow(() -> new Rejected("an unknown nutrient"));
                if (!nutrients.contains(n)) {
                    nutrients.add(n);
                }
            }
        }
        nutrients.sort(null);
        return new ToolCall.Nutrition(amounts, nutrients, flag(args.get("total")));
    }

    private static ToolCall.Exercises exercises(JsonNode args) throws Rejected {
        JsonNode muscles = args.get("muscles");
        if (muscles == null || !muscles.isArray() || muscles.isEmpty() || muscles.size() > ExerciseTool.MUSCLES.size()) {
            throw new Rejected("no usable list of muscles");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode muscle : muscles) {
            if (!muscle.isTextual() || !ExerciseTool.MUSCLES.contains(muscle.asText())) {
                throw new Rejected("an unknown muscle");
            }
            chosen.add(muscle.asText());
        }
        return new ToolCall.Exercises(List.copyOf(chosen), flag(args.get("equipment_free")));
    }

    private static String text(JsonNode node, String what) throws Rejected {
        if (node == null || !node.isTextual() || node.asText().isBlank() || node.asText().length() > MAX_NAME) {
            throw new Rejected("no usable " + what);
        }
        return node.asText().trim();
    }

    private static boolean flag(JsonNode node) throws Rejected {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new Rejected("a flag that is not true or false");
        }
        return node.asBoolean();
    }

    /** The amounts a message states: its numerals, its number words (one, dos, half…), and 1 for "a" or no amount. */
    static Set<Double> amountsWritten(String message, String language) {
        String text = Text.normalise(message);
        Set<Double> amounts = new HashSet<>(List.of(1.0));
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            amounts.add(Double.parseDouble(m.group()));
        }
        for (String lang : List.of(Phrases.language(language), "en")) {
            Vocabulary.of(lang).numbers().forEach((word, value) -> {
                if (Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])").matcher(text).find()) {
                    amounts.add(value);
                }
            });
        }
        return amounts;
    }
}
