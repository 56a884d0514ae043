package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The tools against the full USDA SR28 and free-exercise-db imports from ../shared/data (skipped when absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullDataTest {

    private static final Path SHARED = Path.of(System.getProperty("salus.shared", "../../shared"));

    @TempDir
    static Path dataDir;

    private NutritionTable foods;
    private ExerciseTable exercises;

    @BeforeAll
    void importBoth() throws Exception {
        Path sr28 = SHARED.resolve("data/nutrition/usda-sr28");
        Path db = SHARED.resolve("data/exercises/free-exercise-db.exercises.json");
        assumeTrue(Files.isDirectory(sr28) && Files.isRegularFile(db), "needs " + sr28 + " and " + db + " (../shared/data)");
        assertThat(ToolsImport.run("usda-sr28", sr28, dataDir).records()).isEqualTo(8789);
        assertThat(ToolsImport.run("exercises-json", db, dataDir).records()).isEqualTo(873);
        foods = ToolsData.nutrition(dataDir);
        exercises = ToolsData.exercises(dataDir);
    }

    @Test
    void importedTablesReplaceTheDemoOnes() {
        assertThat(foods.isDemo()).isFalse();
        assertThat(exercises.isDemo()).isFalse();
        assertThat(Files.exists(dataDir.resolve("tools/nutrition.tsv.gz"))).isTrue();
        try (var files = Files.list(dataDir.resolve("tools"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("nutrition.tsv.gz", "exercises.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rawAppleWithSkinMatchesTheSr28SpotCheck() {
        Food apple = foods.byCode("09003").orElseThrow();

        assertThat(apple.name()).isEqualTo("Apples, raw, with skin");
        assertThat(apple.per100g().get(Nutrient.ENERGY)).isEqualTo(52.0);
        assertThat(apple.per100g().get(Nutrient.FIBER)).isEqualTo(2.4);
        assertThat(apple.per100g().get(Nutrient.CARBOHYDRATE)).isEqualTo(13.81);
        assertThat(apple.portions()).anySatisfy(p -> assertThat(p.grams()).isEqualTo(182.0));
    }

    @Test
    void findsStaplesByEverydayNames() {
        assertThat(foods.find("apple")).get().extracting(Food::code).isEqualTo("09003");
        assertThat(foods.find("broccoli")).get().extracting(Food::code).isEqualTo("11090");
        assertThat(foods.find("lentils")).get().extracting(Food::code).isEqualTo("16070");
    }

    @Test
    void answersFromTheFullTableWithoutTheDemoLabel() {
        ToolAnswer answer = new RuleTools(new ToolRunner(foods, exercises)).answer("how much fiber is in an apple", "en").orElseThrow();

        assertThat(answer.demo()).isFalse();
        assertThat(answer.text()).contains("2.4 g per 100 g").doesNotContain("demo");
        assertThat(answer.citations().getFirst().reviewStatus()).isEqualTo("approved");
    }

    @Test
    void weighsAMediumAppleFromTheFullTablesHouseholdMeasures() {
        ToolAnswer answer = new RuleTools(new ToolRunner(foods, exercises)).answer("How much fibre is in a medium apple?", "en").orElseThrow();

        assertThat(answer.text()).contains("Apples, raw, with skin, 1 × medium (3\" dia) (182 g): fibre 4.4 g (16% DV); 2.4 g per 100 g");
    }

    @Test
    void misspeltFoodGetsDidYouMeanFromTheFullTable() {
        ToolAnswer answer = new RuleTools(new ToolRunner(foods, exercises)).answer("How much protein is in a bananna?", "en").orElseThrow();

        assertThat(answer.text()).contains("I could not find \"bananna\" in the nutrition table. Did you mean:").contains("banana");
    }

    @Test
    void spanishNamesReachTheFullTable() {
        ToolAnswer answer = new RuleTools(new ToolRunner(foods, exercises)).answer("¿Cuánta fibra tiene una manzana?", "es").orElseThrow();

        assertThat(answer.citations().getFirst().docId()).isEqualTo("09003");
        assertThat(answer.text()).contains("fibra 4.4 g (16 % VD); 2.4 g por 100 g");
    }

    @Test
    void squatsFromTheFullExerciseDatabase() {
        ToolAnswer answer = new RuleTools(new ToolRunner(foods, exercises)).answer("what muscles do squats work", "en").orElseThrow();

        assertThat(answer.text()).contains("quadriceps");
    }
}
