package org.salus.assistant.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The exercises the exercise tool answers from: the shipped demo list or the operator's free-exercise-db import. */
final class ExerciseTable {

    static final String DEMO_RESOURCE = "/salus/tools/exercises-demo.json";
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<Exercise> exercises;
    private final boolean demo;

    ExerciseTable(List<Exercise> exercises, boolean demo) {
        this.exercises = List.copyOf(exercises);
        this.demo = demo;
    }

    static ExerciseTable demo() {
        try (InputStream in = ExerciseTable.class.getResourceAsStream(DEMO_RESOURCE)) {
            return new ExerciseTable(read(in), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExerciseTable imported(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new ExerciseTable(read(in), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Exercise> read(InputStream in) {
        return List.of(JSON.readValue(in, Exercise[].class));
    }

    boolean isDemo() {
        return demo;
    }

    int size() {
        return exercises.size();
    }

    List<Exercise> all() {
        return exercises;
    }

    /** The exercise a typed name means: the exact name, else the shortest name holding every word (body weight first). */
    Optional<Exercise> find(String typed) {
        List<String> wanted = Text.stems(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return exercises.stream()
                .filter(e -> new LinkedHashSet<>(Text.stems(e.name())).containsAll(wanted))
                .min(Comparator.comparingInt((Exercise e) -> Text.stems(e.name()).size())
                        .thenComparing(e -> !"body only".equals(e.equipment()))
                        .thenComparing(Exercise::name));
    }

    List<String> suggestions(String typed) {
        String phrase = String.join(" ", Text.stems(typed));
        List<String> near = new ArrayList<>();
        for (Exercise e : exercises) {
            if (Text.near(phrase, String.join(" ", Text.stems(e.name()))) && near.size() < 3) {
                near.add(e.name());
            }
        }
        return near;
    }
}
