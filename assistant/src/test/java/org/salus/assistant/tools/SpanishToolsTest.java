package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Nutrition and exercise questions asked in Spanish, answered in Spanish from the same data as in English. */
class SpanishToolsTest {

    private static final NutritionTable FOODS = NutritionTable.demo();
    private static final ExerciseTable EXERCISES = ExerciseTable.demo();
    private final RuleTools tools = new RuleTools(new ToolRunner(FOODS, EXERCISES));

    @Test
    void fibreInAnAppleIsAnsweredInSpanishWithTheSameNumbers() {
        ToolAnswer answer = es("¿Cuánta fibra tiene una manzana?");

        assertThat(answer.text()).startsWith("Según la base de datos de nutrientes del USDA (SR28)")
                .contains("- manzana (Apples, raw, with skin), 1 × medium (3\" dia) (182 g): fibra 4.4 g (16 % VD); 2.4 g por 100 g [1]")
                .contains("% VD: parte del valor diario de la FDA");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.docId()).isEqualTo("09003");
            assertThat(c.source()).isEqualTo("USDA SR28, código de alimento 09003");
        });
        Map<String, Object> chart = answer.visualisations().getFirst();
        assertThat(chart).containsEntry("type", "nutrition").containsEntry("title", "Fibra en manzana");
        assertThat(data(chart).get("nutrients")).asString().contains("label=Fibra");
    }

    @Test
    void comparesSodiumAcrossThreeFoodsInSpanish() {
        ToolAnswer answer = es("Compara el sodio del queso cheddar, la mantequilla y el pan");

        assertThat(answer.citations()).extracting(c -> c.docId()).containsExactly("01009", "01001", "18069");
        assertThat(answer.text()).contains("Por cada 100 g, queso cheddar (Cheese, cheddar) es el alimento con más sodio.");
        assertThat(data(answer.visualisations().getFirst())).containsEntry("mode", "compare");
    }

    @Test
    void addsUpAMealAskedInSpanish() {
        ToolAnswer answer = es("¿Qué hay en 2 huevos y una rebanada de pan?");
        double eggs = FOODS.find("egg").orElseThrow().amount(Nutrient.ENERGY, 88).orElseThrow();
        double toast = FOODS.find("toast").orElseThrow().amount(Nutrient.ENERGY, 29).orElseThrow();

        assertThat(answer.text()).contains("- En total: energía " + Text.number(eggs + toast) + " kcal");
        assertThat(data(answer.visualisations().getFirst())).containsEntry("mode", "meal");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2 huevos,                 01123, 88
            una rebanada de pan,      18069, 29
            100 g de arroz,           20045, 100
            medio aguacate,           09037, 100.5
            2 cucharadas de miel,     19296, 42
            una manzana mediana,      09037, 0
            3 onzas de salmón,        15076, 85.05
            """)
    void convertsSpanishPortionsToGrams(String phrase, String code, double grams) {
        NutritionTool tool = new NutritionTool(FOODS);
        NutritionTool.Item item = tool.resolve(new NutritionRules("es").amount(phrase).orElseThrow(), Vocabulary.of("es")).orElseThrow();

        if (grams == 0) {
            assertThat(item.food().code()).isEqualTo("09003");
            assertThat(item.serving()).contains("medium");
            return;
        }
        assertThat(item.food().code()).isEqualTo(code);
        assertThat(item.grams()).isCloseTo(grams, within(0.01));
    }

    @Test
    void unknownSpanishFoodGetsDidYouMeanInSpanish() {
        ToolAnswer answer = es("¿Cuánta proteína tiene una manzanna?");

        assertThat(answer.text()).isEqualTo("No he encontrado «manzanna» en la tabla de nutrientes. ¿Quería decir: manzana?");
        assertThat(answer.visualisations()).isEmpty();
    }

    @Test
    void squatsWorkTheQuadricepsInSpanish() {
        ToolAnswer answer = es("¿Qué músculos trabajan las sentadillas?");

        assertThat(answer.text()).startsWith(
                "Bodyweight Squat trabaja sobre todo los cuádriceps, y además los glúteos y los isquiotibiales [1].")
                .contains("Equipo: solo el peso corporal; nivel: principiante.", "Empiece con suavidad");
        Map<String, Object> data = data(answer.visualisations().getFirst());
        assertThat(data).containsEntry("primary", List.of("quadriceps")).containsEntry("secondary", List.of("glutes", "hamstrings"));
        assertThat(data.get("labels")).isEqualTo(Map.of("quadriceps", "cuádriceps", "glutes", "glúteos", "hamstrings", "isquiotibiales"));
        assertThat(answer.visualisations().getFirst()).containsEntry("title", "Músculos que trabaja: Bodyweight Squat");
    }

    @Test
    void listsEquipmentFreeLowerBackExercisesInSpanish() {
        ToolAnswer answer = es("ejercicios para la espalda baja sin equipo");

        assertThat(answer.text()).startsWith("Ejercicios que trabajan sobre todo la zona lumbar, sin necesidad de equipo:")
                .contains("consulte a un profesional sanitario");
        assertThat(EXERCISES.all()).filteredOn(e -> answer.citations().stream().anyMatch(c -> c.docId().equals(e.id())))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.primaryMuscles()).contains("lower back");
                    assertThat(e.equipment()).isIn("body only", null);
                });
        assertThat(answer.visualisations().getFirst()).containsEntry("title", "Ejercicios para la zona lumbar");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            la espalda baja,   lower back
            los abdominales,   abdominals
            las piernas,       quadriceps|hamstrings|calves
            la espalda alta,   lats|middle back|traps
            los glúteos,       glutes
            """)
    void mapsEverydaySpanishWordsToMuscles(String phrase, String muscles) {
        assertThat(Vocabulary.of("es").muscles(Text.normalise(phrase))).containsExactly(muscles.split("\\|"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿Cuáles son los signos de la deshidratación?", "¿Cuánto sodio debo tomar al día?",
            "¿Qué hay en la vacuna de la gripe?", "¿Es grave la falta de hierro?", "¿El ejercicio ayuda con la depresión?",
            "¿Qué alimentos tienen mucho hierro?"})
    void leavesOtherSpanishQuestionsToTheLibrary(String message) {
        assertThat(tools.answer(message, "es")).isEmpty();
    }

    @Test
    void englishQuestionsStillGetEnglishAnswers() {
        assertThat(tools.answer("How much fibre is in an apple?", "en")).get()
                .satisfies(a -> assertThat(a.text()).contains("fibre 4.4 g (16% DV); 2.4 g per 100 g [1]"));
    }

    private ToolAnswer es(String message) {
        Optional<ToolAnswer> answer = tools.answer(message, "es");
        assertThat(answer).as("tool answer for %s", message).isPresent();
        return answer.get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> visualisation) {
        return (Map<String, Object>) visualisation.get("data");
    }
}
