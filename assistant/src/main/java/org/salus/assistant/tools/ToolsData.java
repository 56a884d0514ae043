package org.salus.assistant.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the imported tool tables live under the data directory, and which table a server loads. */
public final class ToolsData {

    static final String NUTRITION_FILE = "nutrition.tsv.gz";
    static final String EXERCISES_FILE = "exercises.json";

    private ToolsData() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve("tools");
    }

    static NutritionTable nutrition(Path dataDir) {
        Path file = folder(dataDir).resolve(NUTRITION_FILE);
        return Files.isRegularFile(file) ? NutritionTable.imported(file) : NutritionTable.demo();
    }

    static ExerciseTable exercises(Path dataDir) {
        Path file = folder(dataDir).resolve(EXERCISES_FILE);
        return Files.isRegularFile(file) ? ExerciseTable.imported(file) : ExerciseTable.demo();
    }
}
