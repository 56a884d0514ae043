package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a model's tool calls: what Salus accepts, what it merges, and what it refuses to run. */
class ModelToolCallsTest {

    @Test
    void offersThreeToolsWithTheirSchemas() {
        assertThat(ModelToolCalls.specifications()).extracting(s -> s.name())
                .containsExactly("nutrition_facts", "exercise_muscles", "exercises_for_muscles");
        assertThat(ModelToolCalls.specifications().getFirst().parameters().required()).containsExactly("foods");
    }

    @Test
    void readsANutritionCallWithTheUsersOwnAmounts() throws Exception {
        ToolCall call = ModelToolCalls.read(request("nutrition_facts",
                "{\"foods\": [{\"name\": \"egg\", \"amount\": 2}, {\"name\": \"white bread\", \"unit\": \"slice\"}],"
                        + " \"nutrients\": [\"sodium_mg\", \"energy_kcal\"], \"total\": true}"),
                "What's in 2 eggs and a slice of toast?", "en");

        assertThat(call).isEqualTo(new ToolCall.Nutrition(List.of(new ToolCall.FoodAmount("egg", 2, null),
                new ToolCall.FoodAmount("white bread", 1, "slice")), List.of(Nutrient.ENERGY, Nutrient.SODIUM), true));
    }

    @Test
    void mergesSeveralNutritionCallsIntoOne() throws Exception {
        ToolCall call = ModelToolCalls.read(List.of(
                request("nutrition_facts", "{\"foods\": [{\"name\": \"cheddar\"}], \"nutrients\": [\"sodium_mg\"]}"),
                request("nutrition_facts", "{\"foods\": [{\"name\": \"butter\"}], \"nutrients\": [\"sodium_mg\"]}")),
                "compare the salt in cheddar and butter", "en");

        assertThat(call).isEqualTo(new ToolCall.Nutrition(List.of(new ToolCall.FoodAmount("cheddar", 1, null),
                new ToolCall.FoodAmount("butter", 1, null)), List.of(Nutrient.SODIUM), false));
    }

    @Test
    void readsExerciseCalls() throws Exception {
        assertThat(ModelToolCalls.read(request("exercise_muscles", "{\"exercise\": \"squat\"}"), "", "en"))
                .isEqualTo(new ToolCall.Muscles("squat"));
        assertThat(ModelToolCalls.read(request("exercises_for_muscles", "{\"muscles\": [\"lower back\", \"glutes\"], \"equipment_free\": true}"), "", "en"))
                .isEqualTo(new ToolCall.Exercises(List.of("lower back", "glutes"), true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nutrition_facts       | {"foods": [{"name": "apple", "amount": 3}]}              | an amount the user did not write
            nutrition_facts       | {"foods": [{"name": "apple", "amount": -1}]}             | an amount the user did not write
            nutrition_facts       | {"foods": [{"name": "apple", "unit": "bucket"}]}         | an unknown unit
            nutrition_facts       | {"foods": []}                                            | no usable list of foods
            nutrition_facts       | {"foods": [{"name": ""}]}                                | no usable food name
            nutrition_facts       | {"foods": [{"name": "apple"}], "nutrients": ["zinc"]}    | an unknown nutrient
            nutrition_facts       | {"foods": [{"name": "apple"}], "total": "yes"}           | a flag that is not true or false
            nutrition_facts       | {"foods": [{"name":                                      | arguments that are not JSON
            nutrition_facts       | [1, 2]                                                   | arguments that are not a JSON object
            exercises_for_muscles | {"muscles": ["heart"]}                                   | an unknown muscle
            exercise_muscles      | {"exercise": 42}                                         | no usable exercise
            calorie_counter       | {"foods": [{"name": "apple"}]}                           | an unknown tool
            """)
    void refusesCallsOutsideTheSchema(String tool, String arguments, String reason) {
        assertThatThrownBy(() -> ModelToolCalls.read(request(tool, arguments), "How much fibre is in an apple?", "en"))
                .isInstanceOf(ModelToolCalls.Rejected.class).hasMessage(reason);
    }

    @Test
    void amountsWrittenAreNumeralsAndNumberWordsOfEitherLanguage() {
        assertThat(ModelToolCalls.amountsWritten("two eggs and 100g rice", "en")).contains(1.0, 2.0, 100.0).doesNotContain(3.0);
        assertThat(ModelToolCalls.amountsWritten("medio aguacate y dos huevos", "es")).contains(0.5, 2.0);
    }

    private static ToolExecutionRequest request(String name, String arguments) {
        return ToolExecutionRequest.builder().id("call_0").name(name).arguments(arguments).build();
    }
}
