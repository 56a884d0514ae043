package org.salus.guardrails;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Loads the tab-separated vignette tables under {@code src/test/resources/salus/guardrails/eval/}. */
final class VignetteTables {

    private VignetteTables() {
    }

    static Stream<Arguments> rows(String name) {
        var in = Objects.requireNonNull(VignetteTables.class.getClassLoader()
                .getResourceAsStream("salus/guardrails/eval/" + name), name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Arguments.of((Object[]) l.split("\t"))).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> triage() {
        return rows("triage.tsv");
    }

    static Stream<Arguments> crisis() {
        return rows("crisis.tsv");
    }

    static Stream<Arguments> benign() {
        return rows("benign.tsv");
    }

    static Stream<Arguments> injection() {
        return rows("injection.tsv");
    }
}
