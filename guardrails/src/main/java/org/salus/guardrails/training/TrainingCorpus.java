package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.salus.guardrails.text.NegationRules;
import org.salus.guardrails.text.NormalizedText;

/**
 * Reads the labelled messages of {@code guardrails/training/*.jsonl} (format in its {@code LABELS.md}), refusing the
 * whole corpus when any line is malformed, and fingerprints it.
 */
final class TrainingCorpus {

    static final Set<String> URGENCIES = Set.of("emergency", "urgent", "routine", "self_care", "none");
    static final Set<String> CRISIS = Set.of("none", "ideation", "acute");
    static final Set<String> SCOPES = Set.of("health", "out_of_scope");
    static final Set<String> LANGS = Set.of("en", "es");

    final List<Example> examples;
    final String sha256;

    private TrainingCorpus(List<Example> examples, String sha256) {
        this.examples = examples;
        this.sha256 = sha256;
    }

    static TrainingCorpus read(Path dir, NegationRules negation) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *.jsonl training files in " + dir);
        }
        ObjectMapper json = new ObjectMapper();
        MessageDigest sha = sha256();
        List<Example> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String where = file.getFileName() + ":" + (i + 1);
                try {
                    JsonNode n = json.readTree(lines[i]);
                    Example e = example(n, negation);
                    if (seen.add(e.text())) {
                        out.add(e);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    errors.add(where + ": " + e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IOException(errors.size() + " malformed training lines, first: "
                    + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
        }
        return new TrainingCorpus(out, HexFormat.of().formatHex(sha.digest()));
    }

    private static Example example(JsonNode n, NegationRules negation) {
        String text = required(n, "text");
        String urgency = oneOf(n, "urgency", URGENCIES);
        String crisis = oneOf(n, "crisis", CRISIS);
        String harm = required(n, "harm");
        if (!harm.equals("none") && !harm.equals("self_harm_method") && !HeadNames.HARM_CATEGORIES.contains(harm)) {
            throw new IllegalArgumentException("unknown harm category '" + harm + "'");
        }
        if (!n.path("situation").isBoolean()) {
            throw new IllegalArgumentException("situation must be true or false");
        }
        String pair = n.path("pair").asText("");
        return new Example(text, oneOf(n, "lang", LANGS), n.path("voice").asText("other"),
                n.path("situation").asBoolean(), urgency, crisis, harm, oneOf(n, "scope", SCOPES),
                n.path("problem").asText("other"), pair.isEmpty() ? text : pair,
                Featurizer.features(NormalizedText.of(text, negation)), null);
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v;
    }

    private static String oneOf(JsonNode n, String field, Set<String> allowed) {
        String v = required(n, field);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(field + " '" + v + "' is not one of " + allowed);
        }
        return v;
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
