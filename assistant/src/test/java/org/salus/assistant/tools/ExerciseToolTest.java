package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseToolTest {

    private static final ExerciseTable DEMO = ExerciseTable.demo();
    private final ExerciseTool tool = new ExerciseTool(DEMO);
    private final ExerciseRules rules = new ExerciseRules("en");

    @Test
    void demoListHoldsAboutThirtyExercisesEachWithAPrimaryMuscle() {
        assertThat(DEMO.size()).isBetween(25, 40);
        assertThat(DEMO.all()).allSatisfy(e -> {
            assertThat(e.primaryMuscles()).isNotEmpty();
            assertThat(e.instructions()).isNotEmpty();
        });
    }

    @Test
    void squatsWorkTheQuadricepsThenGlutesAndHamstrings() {
        ToolAnswer answer = answer("What muscles do squats work?").orElseThrow();

        assertThat(answer.text()).startsWith("Bodyweight Squat mainly works the quadriceps, and also the glutes and hamstrings [1].");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo("free-exercise-db"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) answer.visualisations().getFirst().get("data");
        assertThat(data).containsEntry("primary", List.of("quadriceps")).containsEntry("secondary", List.of("glutes", "hamstrings"));
    }

    @Test
    void listsEquipmentFreeLowerBackExercisesWithACaution() {
        ToolAnswer answer = answer("exercises for lower back without equipment").orElseThrow();

        assertThat(answer.citations()).isNotEmpty();
        assertThat(DEMO.all()).filteredOn(e -> answer.citations().stream().anyMatch(c -> c.docId().equals(e.id())))
                .allSatisfy(e -> {
                    assertThat(e.primaryMuscles()).contains("lower back");
                    assertThat(e.equipment()).isIn("body only", null);
                });
        assertThat(answer.text()).contains("see a clinician");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            lower back,       lower back
            my abs,           abdominals
            upper back,       lats|middle back|traps
            legs,             quadriceps|hamstrings|calves
            """)
    void mapsEverydayWordsToMuscles(String phrase, String muscles) {
        assertThat(Vocabulary.of("en").muscles(phrase)).containsExactly(muscles.split("\\|"));
    }

    @Test
    void unknownExerciseGetsDidYouMean() {
        ToolAnswer answer = answer("What muscles do plankk work?").orElseThrow();

        assertThat(answer.text()).contains("Did you mean: Plank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What are the signs of dehydration?", "Is exercise good for depression?"})
    void leavesOtherQuestionsToTheLibrary(String message) {
        assertThat(answer(message)).isEmpty();
    }

    private java.util.Optional<ToolAnswer> answer(String message) {
        return rules.read(message).flatMap(call -> tool.run(call, "en"));
    }
}
