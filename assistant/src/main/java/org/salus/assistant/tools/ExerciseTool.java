package org.salus.assistant.tools;

import org.salus.assistant.reply.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an exercise request against the exercise table and words the result in the user's language: the muscles an
 * exercise works, or exercises for a muscle; muscles, equipment and instructions come only from the data.
 */
final class ExerciseTool {

    static final String SOURCE = "free-exercise-db";
    static final String URL = "https://github.com/yuhonas/free-exercise-db";
    static final List<String> MUSCLES = List.of("abdominals", "abductors", "adductors", "biceps", "calves", "chest", "forearms",
            "glutes", "hamstrings", "lats", "lower back", "middle back", "neck", "quadriceps", "shoulders", "traps", "triceps");
    private static final int MAX_LISTED = 5;

    private final ExerciseTable table;

    ExerciseTool(ExerciseTable table) {
        this.table = table;
    }

    Optional<ToolAnswer> run(ToolCall call, String language) {
        Phrases phrases = Phrases.of(language);
        return switch (call) {
            case ToolCall.Muscles m -> muscles(m.exercise(), Vocabulary.of(language), phrases);
            case ToolCall.Exercises e -> Optional.of(exercisesFor(e.muscles(), e.equipmentFree(), phrases));
            case ToolCall.Nutrition n -> Optional.empty();
        };
    }

    private Optional<ToolAnswer> muscles(String name, Vocabulary words, Phrases phrases) {
        Optional<Exercise> found = words.exercise(name).flatMap(table::find).or(() -> table.find(name));
        if (found.isPresent()) {
            return found.map(e -> muscles(e, phrases));
        }
        Set<String> near = new LinkedHashSet<>(words.nearExercises(name));
        near.addAll(table.suggestions(name));
        if (near.isEmpty()) {
            return Optional.empty();
        }
        String text = (NutritionReply.quotable(name) ? phrases.get("exercise.notFound", "name", name)
                : phrases.get("exercise.notFoundUnnamed")) + " " + phrases.get("didYouMean", "names", String.join(", ", near.stream().limit(3).toList()));
        return Optional.of(new ToolAnswer("exercises", text, List.of(), List.of(), table.isDemo()));
    }

    private ToolAnswer muscles(Exercise e, Phrases phrases) {
        StringBuilder text = new StringBuilder();
        text.append(phrases.get("exercise.mainly", "exercise", e.name(), "primary", phrases.muscles(e.primaryMuscles())));
        if (!e.secondaryMuscles().isEmpty()) {
            text.append(phrases.get("exercise.also", "secondary", phrases.muscles(e.secondaryMuscles())));
        }
        text.append(" [1].\n");
        text.append(phrases.get("exercise.details", "equipment", e.equipment() == null ? phrases.get("exercise.noEquipmentListed")
                : phrases.label("equipment", e.equipment()), "level", phrases.label("level", e.level()))).append('\n');
        if (!e.instructions().isEmpty()) {
            text.append('\n').append(phrases.get("exercise.howTo")).append('\n');
            for (int i = 0; i < e.instructions().size(); i++) {
                text.append(i + 1).append(". ").append(e.instructions().get(i)).append('\n');
            }
        }
        text.append('\n').append(phrases.get("exercise.gently"));
        return new ToolAnswer("exercises", text.toString().trim(), List.of(citation(1, e, phrases)),
                List.of(visualisation(phrases.get("exercise.titleMuscles", "exercise", e.name()), e.primaryMuscles(),
                        e.secondaryMuscles(), List.of(e), phrases)),
                table.isDemo());
    }

    private ToolAnswer exercisesFor(List<String> muscles, boolean bodyOnly, Phrases phrases) {
        List<Exercise> chosen = table.all().stream()
                .filter(e -> e.primaryMuscles().stream().anyMatch(muscles::contains))
                .filter(e -> !bodyOnly || e.equipment() == null || "body only".equals(e.equipment()))
                .sorted(Comparator.comparing((Exercise e) -> !"beginner".equals(e.level()))
                        .thenComparing(e -> "stretching".equals(e.category()))
                        .thenComparing(Exercise::name))
                .limit(MAX_LISTED).toList();
        String named = phrases.muscles(muscles);
        if (chosen.isEmpty()) {
            return new ToolAnswer("exercises", phrases.get(bodyOnly ? "exercise.noneFree" : "exercise.none", "muscles", named),
                    List.of(), List.of(), table.isDemo());
        }
        StringBuilder text = new StringBuilder();
        text.append(phrases.get("exercise.listIntro", "muscles", named, "free", bodyOnly ? phrases.get("exercise.listFree") : ""))
                .append('\n');
        List<Citation> citations = new ArrayList<>();
        Set<String> secondary = new LinkedHashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Exercise e = chosen.get(i);
            text.append(phrases.get("exercise.listItem", "name", e.name(), "level", phrases.label("level", e.level()),
                    "equipment", e.equipment() == null ? phrases.get("exercise.listNoEquipmentListed")
                            : phrases.label("equipment", e.equipment()), "n", i + 1)).append('\n');
            citations.add(citation(i + 1, e, phrases));
            e.secondaryMuscles().stream().filter(s -> !muscles.contains(s)).forEach(secondary::add);
        }
        text.append('\n').append(phrases.get("exercise.gently"));
        if (muscles.contains("lower back")) {
            text.append(' ').append(phrases.get("exercise.backCaution"));
        }
        return new ToolAnswer("exercises", text.toString(), citations,
                List.of(visualisation(phrases.get("exercise.titleFor", "muscles", named), muscles, List.copyOf(secondary), chosen, phrases)),
                table.isDemo());
    }

    private Citation citation(int n, Exercise e, Phrases phrases) {
        String primary = String.join(", ", e.primaryMuscles().stream().map(m -> phrases.label("muscle", m)).toList());
        String secondary = String.join(", ", e.secondaryMuscles().stream().map(m -> phrases.label("muscle", m)).toList());
        String excerpt = phrases.get(secondary.isEmpty() ? "exercise.excerpt" : "exercise.excerptSecondary", "primary", primary,
                "secondary", secondary, "equipment", e.equipment() == null ? phrases.get("exercise.noEquipmentListed")
                        : phrases.label("equipment", e.equipment()), "level", phrases.label("level", e.level()));
        return new Citation(n, SOURCE + ":" + e.id(), e.id(), e.name(), URL, SOURCE, null, excerpt,
                table.isDemo() ? "demo" : "approved");
    }

    private Map<String, Object> visualisation(String title, List<String> primary, List<String> secondary, List<Exercise> exercises,
                                              Phrases phrases) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        primary.forEach(m -> labels.put(m, phrases.label("muscle", m)));
        secondary.forEach(m -> labels.put(m, phrases.label("muscle", m)));
        for (Exercise e : exercises) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("name", e.name());
            row.put("equipment", e.equipment());
            row.put("level", e.level());
            row.put("primaryMuscles", e.primaryMuscles());
            row.put("secondaryMuscles", e.secondaryMuscles());
            rows.add(row);
            e.primaryMuscles().forEach(m -> labels.putIfAbsent(m, phrases.label("muscle", m)));
            e.secondaryMuscles().forEach(m -> labels.putIfAbsent(m, phrases.label("muscle", m)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("primary", primary);
        data.put("secondary", secondary);
        data.put("exercises", rows);
        data.put("labels", labels);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "muscles");
        v.put("title", title);
        v.put("data", data);
        v.put("source", table.isDemo() ? phrases.get("exercise.sourceDemo") : SOURCE);
        return v;
    }
}
