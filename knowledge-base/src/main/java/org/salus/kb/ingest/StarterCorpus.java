package org.salus.kb.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.salus.kb.Document;

/** The demo corpus that ships inside the jar, so a fresh install answers without any download. */
public final class StarterCorpus {

    private static final String ROOT = "/salus/starter-corpus/";

    private StarterCorpus() {
    }

    public static ImportResult load() {
        List<Document> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String entry : entries()) {
            try (InputStream in = StarterCorpus.class.getResourceAsStream(ROOT + entry)) {
                if (in == null) {
                    problems.add(new ImportProblem(Path.of(entry), 0, "listed in index.txt but missing"));
                    continue;
                }
                documents.add(SalusMarkdownImporter.parse(entry, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (MalformedRecord e) {
                problems.add(new ImportProblem(Path.of(entry), e.line(), e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ImportResult(documents, problems);
    }

    private static List<String> entries() {
        try (InputStream in = StarterCorpus.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
