package org.salus.assistant.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.assistant.chat.ChatReply;

/**
 * Answers "what muscles do squats work" and "exercises for lower back without equipment" from the exercise table with
 * rules (no LLM): muscles, equipment and instructions come only from the data.
 */
final class ExerciseTool {

    static final String SOURCE = "free-exercise-db";
    static final String URL = "https://github.com/yuhonas/free-exercise-db";
    private static final int MAX_LISTED = 5;

    private static final List<Pattern> MUSCLES_OF = List.of(
            Pattern.compile("\\b(?:what|which) muscles? (?:do|does|are|is) (?:worked by |used (?:by|in) )?(.+?)(?: work| target| use| train| hit| strengthen| exercise| worked| used)?$"),
            Pattern.compile("\\bmuscles? (?:worked|used|targeted|trained) (?:by|in|during|with) (.+)$"),
            Pattern.compile("\\bwhat (?:do|does) (.+?) (?:work|target|train|strengthen)$"));
    private static final Pattern FOR_MUSCLE = Pattern.compile(
            "\\b(?:exercises?|workouts?|stretch(?:es)?|moves?) (?:for|to (?:strengthen|stretch|train|work|build)|that (?:work|target|strengthen)) (?:my |the |your )?(.+)$");
    private static final Pattern NO_EQUIPMENT = Pattern.compile(
            "\\s*\\b(?:without (?:any )?(?:equipment|weights|a gym)|with no equipment|no equipment|(?:using )?(?:just |only )?(?:my )?body ?weight|at home)\\b\\s*");
    private static final Map<String, List<String>> MUSCLE_WORDS = muscleWords();

    private final ExerciseTable table;

    ExerciseTool(ExerciseTable table) {
        this.table = table;
    }

    Optional<ToolAnswer> answer(String message) {
        String text = Text.normalise(message).replaceAll("[?.!]+$", "").trim();
        for (Pattern pattern : MUSCLES_OF) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String name = m.group(1).replaceAll("^(?:the|a|an|doing|my) ", "").trim();
                return table.find(name).map(this::muscles).or(() -> notFound(name));
            }
        }
        Matcher m = FOR_MUSCLE.matcher(text);
        if (m.find()) {
            boolean bodyOnly = NO_EQUIPMENT.matcher(m.group(1)).find();
            String target = NO_EQUIPMENT.matcher(m.group(1)).replaceAll(" ").trim();
            List<String> muscles = muscles(target);
            return muscles.isEmpty() ? Optional.empty() : Optional.of(exercisesFor(muscles, bodyOnly));
        }
        return Optional.empty();
    }

    private Optional<ToolAnswer> notFound(String name) {
        List<String> near = table.suggestions(name);
        if (near.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ToolAnswer("exercises", "I could not find \"" + name + "\" in the exercise database. Did you mean: "
                + String.join(", ", near) + "?", List.of(), List.of(), table.isDemo()));
    }

    static List<String> muscles(String phrase) {
        String padded = " " + phrase + " ";
        Set<String> found = new LinkedHashSet<>();
        List<String> longestFirst = MUSCLE_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String word : longestFirst) {
            if (padded.contains(" " + word + " ")) {
                found.addAll(MUSCLE_WORDS.get(word));
                padded = padded.replace(" " + word + " ", "  ");
            }
        }
        return List.copyOf(found);
    }

    private ToolAnswer muscles(Exercise e) {
        StringBuilder text = new StringBuilder();
        text.append(e.name()).append(" mainly works the ").append(join(e.primaryMuscles()));
        if (!e.secondaryMuscles().isEmpty()) {
            text.append(", and also the ").append(join(e.secondaryMuscles()));
        }
        text.append(" [1].\n");
        text.append("Equipment: ").append(e.equipment() == null ? "none listed" : e.equipment())
                .append("; level: ").append(e.level()).append(".\n");
        if (!e.instructions().isEmpty()) {
            text.append("\nHow to do it:\n");
            for (int i = 0; i < e.instructions().size(); i++) {
                text.append(i + 1).append(". ").append(e.instructions().get(i)).append('\n');
            }
        }
        text.append("\nStart gently and stop if an exercise hurts.");
        return new ToolAnswer("exercises", text.toString().trim(), List.of(citation(1, e)),
                List.of(visualisation("Muscles worked: " + e.name(), e.primaryMuscles(), e.secondaryMuscles(), List.of(e))),
                table.isDemo());
    }

    private ToolAnswer exercisesFor(List<String> muscles, boolean bodyOnly) {
        List<Exercise> chosen = table.all().stream()
                .filter(e -> e.primaryMuscles().stream().anyMatch(muscles::contains))
                .filter(e -> !bodyOnly || e.equipment() == null || "body only".equals(e.equipment()))
                .sorted(Comparator.comparing((Exercise e) -> !"beginner".equals(e.level()))
                        .thenComparing(e -> "stretching".equals(e.category()))
                        .thenComparing(Exercise::name))
                .limit(MAX_LISTED).toList();
        StringBuilder text = new StringBuilder();
        if (chosen.isEmpty()) {
            text.append("The exercise database has no ").append(bodyOnly ? "equipment-free " : "")
                    .append("exercise listed for the ").append(join(muscles)).append('.');
            return new ToolAnswer("exercises", text.toString(), List.of(), List.of(), table.isDemo());
        }
        text.append("Exercises that mainly work the ").append(join(muscles))
                .append(bodyOnly ? ", needing no equipment" : "").append(":\n");
        List<ChatReply.Citation> citations = new ArrayList<>();
        Set<String> secondary = new LinkedHashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Exercise e = chosen.get(i);
            text.append("- ").append(e.name()).append(" (").append(e.level()).append(", ")
                    .append(e.equipment() == null ? "no equipment listed" : e.equipment()).append(") [").append(i + 1).append("]\n");
            citations.add(citation(i + 1, e));
            e.secondaryMuscles().stream().filter(s -> !muscles.contains(s)).forEach(secondary::add);
        }
        text.append("\nStart gently and stop if an exercise hurts.");
        if (muscles.contains("lower back")) {
            text.append(" If you have back pain after an injury, or with numbness, weakness or fever, see a clinician before exercising.");
        }
        return new ToolAnswer("exercises", text.toString(), citations,
                List.of(visualisation("Exercises for the " + join(muscles), muscles, List.copyOf(secondary), chosen)),
                table.isDemo());
    }

    private ChatReply.Citation citation(int n, Exercise e) {
        String excerpt = "Primary: " + String.join(", ", e.primaryMuscles())
                + (e.secondaryMuscles().isEmpty() ? "" : "; secondary: " + String.join(", ", e.secondaryMuscles()))
                + "; equipment: " + e.equipment() + "; level: " + e.level() + ".";
        return new ChatReply.Citation(n, SOURCE + ":" + e.id(), e.id(), e.name(), URL, SOURCE, null, excerpt,
                table.isDemo() ? "demo" : "approved");
    }

    private Map<String, Object> visualisation(String title, List<String> primary, List<String> secondary, List<Exercise> exercises) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Exercise e : exercises) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("name", e.name());
            row.put("equipment", e.equipment());
            row.put("level", e.level());
            row.put("primaryMuscles", e.primaryMuscles());
            row.put("secondaryMuscles", e.secondaryMuscles());
            rows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("primary", primary);
        data.put("secondary", secondary);
        data.put("exercises", rows);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "muscles");
        v.put("title", title);
        v.put("data", data);
        v.put("source", table.isDemo() ? SOURCE + " (Salus demo list, not clinically reviewed)" : SOURCE);
        return v;
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    private static Map<String, List<String>> muscleWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String m : List.of("abdominals", "abductors", "adductors", "biceps", "calves", "chest", "forearms", "glutes",
                "hamstrings", "lats", "lower back", "middle back", "neck", "quadriceps", "shoulders", "traps", "triceps")) {
            words.put(m, List.of(m));
        }
        words.put("abs", List.of("abdominals"));
        words.put("core", List.of("abdominals", "lower back"));
        words.put("stomach", List.of("abdominals"));
        words.put("belly", List.of("abdominals"));
        words.put("quads", List.of("quadriceps"));
        words.put("thighs", List.of("quadriceps", "hamstrings"));
        words.put("legs", List.of("quadriceps", "hamstrings", "calves"));
        words.put("calf", List.of("calves"));
        words.put("bum", List.of("glutes"));
        words.put("buttocks", List.of("glutes"));
        words.put("butt", List.of("glutes"));
        words.put("hips", List.of("glutes", "abductors", "adductors"));
        words.put("inner thighs", List.of("adductors"));
        words.put("outer thighs", List.of("abductors"));
        words.put("upper back", List.of("lats", "middle back", "traps"));
        words.put("back", List.of("lats", "middle back", "lower back"));
        words.put("pecs", List.of("chest"));
        words.put("shoulder", List.of("shoulders"));
        words.put("delts", List.of("shoulders"));
        words.put("arms", List.of("biceps", "triceps", "forearms"));
        words.put("bicep", List.of("biceps"));
        words.put("tricep", List.of("triceps"));
        words.put("wrists", List.of("forearms"));
        words.put("trapezius", List.of("traps"));
        words.put("hamstring", List.of("hamstrings"));
        words.put("glute", List.of("glutes"));
        return words;
    }
}
