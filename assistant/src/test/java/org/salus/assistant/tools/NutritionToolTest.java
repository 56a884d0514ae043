package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NutritionToolTest {

    private static final NutritionTable DEMO = NutritionTable.demo();
    private final NutritionTool tool = new NutritionTool(DEMO);
    private final NutritionRules rules = new NutritionRules("en");

    @Test
    void demoTableHoldsAboutThirtyStaplesWithPortions() {
        assertThat(DEMO.size()).isBetween(30, 45);
        assertThat(DEMO.isDemo()).isTrue();
        assertThat(DEMO.foods()).allSatisfy(f -> {
            assertThat(f.code()).matches("\\d{5}");
            assertThat(f.per100g()).containsKey(Nutrient.ENERGY);
        });
    }

    @Test
    void rawAppleWithSkinHas52KcalAnd24GramsFibrePer100Grams() {
        Food apple = DEMO.find("apple").orElseThrow();

        assertThat(apple.code()).isEqualTo("09003");
        assertThat(apple.per100g().get(Nutrient.ENERGY)).isEqualTo(52.0);
        assertThat(apple.per100g().get(Nutrient.FIBER)).isEqualTo(2.4);
    }

    @Test
    void answersFibreInAnAppleWithServingPer100GramsDailyValueAndCitation() {
        ToolAnswer answer = answer("How much fibre is in an apple?").orElseThrow();

        assertThat(answer.text()).contains("Apples, raw, with skin", "1 × medium (3\" dia) (182 g)",
                "fibre 4.4 g (16% DV); 2.4 g per 100 g [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.docId()).isEqualTo("09003");
            assertThat(c.source()).isEqualTo("USDA SR28 food code 09003");
            assertThat(c.reviewStatus()).isEqualTo("demo");
        });
        Map<String, Object> chart = answer.visualisations().getFirst();
        assertThat(chart).containsEntry("type", "nutrition").containsKeys("title", "data", "source");
        assertThat(answer.demo()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2 eggs,               01123, 88
            a slice of toast,     18069, 29
            100g rice,            20045, 100
            half an avocado,      09037, 100.5
            2 tablespoons of honey, 19296, 42
            3 oz salmon,          15076, 85.05
            """)
    void convertsHouseholdPortionsToGrams(String phrase, String code, double grams) {
        NutritionTool.Item item = tool.resolve(rules.amount(phrase).orElseThrow(), Vocabulary.of("en")).orElseThrow();

        assertThat(item.food().code()).isEqualTo(code);
        assertThat(item.grams()).isCloseTo(grams, within(0.01));
    }

    @Test
    void addsUpAMealFromTheTableOnly() {
        ToolAnswer answer = answer("What's in 2 eggs and a slice of toast?").orElseThrow();
        double eggs = DEMO.find("egg").orElseThrow().amount(Nutrient.ENERGY, 88).orElseThrow();
        double toast = DEMO.find("toast").orElseThrow().amount(Nutrient.ENERGY, 29).orElseThrow();

        assertThat(answer.text()).contains("Egg, whole, raw, fresh", "Bread, white",
                "Together: energy " + Text.number(eggs + toast) + " kcal");
        assertThat(answer.citations()).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) answer.visualisations().getFirst().get("data");
        assertThat(data).containsEntry("mode", "meal");
    }

    @Test
    void comparesOneNutrientAcrossFoods() {
        ToolAnswer answer = answer("Compare the sodium in cheddar, butter and bread").orElseThrow();

        assertThat(answer.citations()).extracting(c -> c.docId()).containsExactly("01009", "01001", "18069");
        assertThat(answer.text()).contains("Per 100 g, Cheese, cheddar has the most sodium.");
    }

    @Test
    void unknownFoodGetsDidYouMean() {
        ToolAnswer answer = answer("How much protein is in a bananna?").orElseThrow();

        assertThat(answer.text()).contains("I could not find \"bananna\" in the nutrition table. Did you mean: banana");
        assertThat(answer.visualisations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"What are the signs of dehydration?", "How much sodium should I eat a day?",
            "What is in a flu vaccine?", "Is iron deficiency serious?"})
    void leavesOtherQuestionsToTheLibrary(String message) {
        assertThat(answer(message)).isEmpty();
    }

    @Test
    void dailyValuesFollowTheFdaTable() {
        assertThat(List.of(Nutrient.SODIUM.dailyValue, Nutrient.FIBER.dailyValue, Nutrient.POTASSIUM.dailyValue))
                .containsExactly(2300.0, 28.0, 4700.0);
        assertThat(Nutrient.SUGARS.percentDailyValue(10)).isEmpty();
    }

    private java.util.Optional<ToolAnswer> answer(String message) {
        return rules.read(message).flatMap(call -> tool.run(call, "en"));
    }
}
