package org.salus.assistant.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Imports the official tool databases into compact tables under the data directory, atomically (a killed import
 * leaves the previous table in place): USDA SR28 ({@code foods.csv}, {@code nutrient_data.csv.gz}, {@code weights.csv})
 * and free-exercise-db ({@code exercises.json}).
 */
public final class ToolsImport {

    /** What an import wrote. */
    public record Result(Path file, int records) {}

    private ToolsImport() {
    }

    public static List<String> formats() {
        return List.of("usda-sr28", "exercises-json");
    }

    public static Result run(String format, Path source, Path dataDir) throws IOException {
        return switch (format) {
            case "usda-sr28" -> sr28(Files.isDirectory(source) ? source : source.getParent(), dataDir);
            case "exercises-json" -> exercises(Files.isDirectory(source) ? findExercises(source) : source, dataDir);
            default -> throw new IllegalArgumentException("Unknown tool format: " + format);
        };
    }

    static Result sr28(Path dir, Path dataDir) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        csv(dir.resolve("foods.csv"), row -> names.put(row.get("NDB_No"), row.get("Long_Desc")));
        Map<Integer, Nutrient> byNumber = new HashMap<>();
        for (Nutrient n : Nutrient.values()) {
            byNumber.put(n.srNumber, n);
        }
        Map<String, Map<Nutrient, String>> values = new HashMap<>();
        Path data = dir.resolve("nutrient_data.csv.gz");
        csv(Files.exists(data) ? data : dir.resolve("nutrient_data.csv"), row -> {
            Nutrient n = byNumber.get(Integer.parseInt(row.get("Nutr_No").trim()));
            if (n != null && !row.get("Nutr_Val").isBlank()) {
                values.computeIfAbsent(row.get("NDB_No"), k -> new EnumMap<>(Nutrient.class)).put(n, row.get("Nutr_Val").trim());
            }
        });
        Map<String, List<String>> portions = new HashMap<>();
        csv(dir.resolve("weights.csv"), row -> portions.computeIfAbsent(row.get("NDB_No"), k -> new ArrayList<>())
                .add(row.get("Amount").trim() + " " + row.get("Msre_Desc").replace('|', '/').replace('=', '-').trim()
                        + "=" + row.get("Gm_Wgt").trim()));
        Map<String, List<String>> aliases = new HashMap<>();
        for (Food food : NutritionTable.demo().foods()) {
            aliases.put(food.code(), food.aliases());
        }
        Path folder = Files.createDirectories(ToolsData.folder(dataDir));
        Path target = folder.resolve(ToolsData.NUTRITION_FILE);
        Path temp = Files.createTempFile(folder, "nutrition-", ".tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp));
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("code", "name", "aliases"));
            for (Nutrient n : Nutrient.values()) {
                header.add(n.key);
            }
            header.add(NutritionTable.COLUMNS_PORTIONS);
            writer.write(String.join("\t", header) + "\n");
            for (var food : names.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(food.getKey());
                row.add(food.getValue().replace('\t', ' '));
                row.add(String.join("|", aliases.getOrDefault(food.getKey(), List.of())));
                Map<Nutrient, String> v = values.getOrDefault(food.getKey(), Map.of());
                for (Nutrient n : Nutrient.values()) {
                    row.add(v.getOrDefault(n, ""));
                }
                row.add(String.join("|", portions.getOrDefault(food.getKey(), List.of())).replace('\t', ' '));
                writer.write(String.join("\t", row) + "\n");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(target, names.size());
    }

    static Result exercises(Path file, Path dataDir) throws IOException {
        List<Exercise> exercises;
        try (InputStream in = Files.newInputStream(file)) {
            exercises = ExerciseTable.read(in).stream()
                    .filter(e -> e.id() != null && e.name() != null && e.primaryMuscles() != null && !e.primaryMuscles().isEmpty())
                    .map(e -> new Exercise(e.id(), e.name(), e.force(), e.level(), e.mechanic(), e.equipment(), e.primaryMuscles(),
                            e.secondaryMuscles() == null ? List.of() : e.secondaryMuscles(),
                            e.instructions() == null ? List.of() : e.instructions(), e.category()))
                    .toList();
        }
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("No exercises with an id, a name and a primary muscle in " + file.getFileName());
        }
        Path folder = Files.createDirectories(ToolsData.folder(dataDir));
        Path target = folder.resolve(ToolsData.EXERCISES_FILE);
        Path temp = Files.createTempFile(folder, "exercises-", ".tmp");
        try {
            ExerciseTable.JSON.writeValue(temp.toFile(), exercises);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(target, exercises.size());
    }

    private static Path findExercises(Path dir) throws IOException {
        for (String name : List.of("exercises.json", "free-exercise-db.exercises.json", "dist/exercises.json")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalArgumentException("No exercises.json in " + dir.getFileName());
    }

    private static void csv(Path file, Consumer<Map<String, String>> rows) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = Text.fields(reader.readLine(), ',');
            String line;
            Map<String, String> row = new HashMap<>();
            while ((line = reader.readLine()) != null) {
                String[] fields = Text.fields(line, ',');
                row.clear();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < fields.length ? fields[i] : "");
                }
                rows.accept(row);
            }
        }
    }
}
