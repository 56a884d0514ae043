package org.salus.assistant.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The foods the nutrition tool answers from: the shipped demo table or the operator's SR28 import, in one columnar
 * format ({@code code, name, aliases, <nutrient keys…>, portions}), with name lookup and did-you-mean suggestions.
 */
final class NutritionTable {

    static final String DEMO_RESOURCE = "/salus/tools/foods-demo.csv";
    static final String COLUMNS_PORTIONS = "portions";

    private final List<Food> foods;
    private final boolean demo;

    NutritionTable(List<Food> foods, boolean demo) {
        this.foods = List.copyOf(foods);
        this.demo = demo;
    }

    static NutritionTable demo() {
        try (InputStream in = NutritionTable.class.getResourceAsStream(DEMO_RESOURCE)) {
            return new NutritionTable(read(in, ','), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compact table {@code ./salus ingest --format usda-sr28} writes (tab-separated, gzipped). */
    static NutritionTable imported(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new NutritionTable(read(in, '\t'), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isDemo() {
        return demo;
    }

    int size() {
        return foods.size();
    }

    List<Food> foods() {
        return foods;
    }

    Optional<Food> byCode(String code) {
        return foods.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    static List<Food> read(InputStream in, char separator) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        String[] header = null;
        List<Food> foods = new ArrayList<>();
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = Text.fields(line, separator);
            if (header == null) {
                header = fields;
                continue;
            }
            foods.add(food(header, fields));
        }
        return foods;
    }

    private static Food food(String[] header, String[] fields) {
        Map<Nutrient, Double> values = new EnumMap<>(Nutrient.class);
        String code = "";
        String name = "";
        List<String> aliases = List.of();
        List<Food.Portion> portions = List.of();
        for (int i = 0; i < header.length && i < fields.length; i++) {
            String value = fields[i].trim();
            switch (header[i]) {
                case "code" -> code = value;
                case "name" -> name = value;
                case "aliases" -> aliases = value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
                case COLUMNS_PORTIONS -> portions = portions(value);
                default -> {
                    var nutrient = Nutrient.byKey(header[i]);
                    if (nutrient.isPresent() && !value.isEmpty()) {
                        values.put(nutrient.get(), Double.parseDouble(value));
                    }
                }
            }
        }
        return new Food(code, name, aliases, values, portions);
    }

    private static List<Food.Portion> portions(String value) {
        List<Food.Portion> portions = new ArrayList<>();
        for (String part : value.split("\\|")) {
            int eq = part.lastIndexOf('=');
            int space = part.indexOf(' ');
            if (eq > 0 && space > 0 && space < eq) {
                portions.add(new Food.Portion(Double.parseDouble(part.substring(0, space)),
                        part.substring(space + 1, eq), Double.parseDouble(part.substring(eq + 1))));
            }
        }
        return portions;
    }

    /** The best food for a typed name: an alias first, then the shortest description containing every word. */
    Optional<Food> find(String typed) {
        String phrase = String.join(" ", Text.stems(typed));
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        for (Food food : foods) {
            for (String alias : food.aliases()) {
                if (String.join(" ", Text.stems(alias)).equals(phrase)) {
                    return Optional.of(food);
                }
            }
        }
        List<String> wanted = Text.stems(typed);
        return foods.stream()
                .filter(f -> new LinkedHashSet<>(Text.stems(f.name())).containsAll(wanted))
                .max(Comparator.comparingDouble((Food f) -> score(f, wanted)).thenComparing(Food::code, Comparator.reverseOrder()));
    }

    private static double score(Food food, List<String> wanted) {
        List<String> name = Text.stems(food.name());
        String head = String.join(" ", Text.stems(food.name().split(",")[0]));
        double score = -name.size();
        if (head.equals(String.join(" ", wanted))) {
            score += 20;
        }
        if (name.contains("raw")) {
            score += 3;
        }
        return score;
    }

    /** Up to three names close to a typed food name, for "did you mean". */
    List<String> suggestions(String typed) {
        String phrase = String.join(" ", Text.stems(typed));
        Map<String, Integer> distances = new HashMap<>();
        for (Food food : foods) {
            Set<String> names = new LinkedHashSet<>(food.aliases());
            names.add(food.name().split(",")[0]);
            for (String name : names) {
                String stemmed = String.join(" ", Text.stems(name));
                if (Text.near(phrase, stemmed)) {
                    distances.merge(name.toLowerCase(java.util.Locale.ROOT), Text.distance(phrase, stemmed), Math::min);
                }
            }
        }
        return distances.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
    }
}
