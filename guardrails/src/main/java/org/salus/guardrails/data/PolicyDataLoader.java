package org.salus.guardrails.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.salus.guardrails.text.NegationRules;
import org.salus.guardrails.text.Phrase;
import org.salus.guardrails.text.Rule;
import org.salus.guardrails.text.VitalFlag;
import org.salus.guardrails.text.VitalSigns;

/**
 * Reads the policy set from {@code salus/guardrails/*.yaml} on the classpath, then merges same-named files from an
 * optional extra folder (their rules, patterns and flags are appended; their texts and regions override).
 */
public final class PolicyDataLoader {

    static final String BASE = "salus/guardrails/";
    static final List<String> RULE_FILES = List.of("triage.yaml", "crisis.yaml", "harmful.yaml", "scope.yaml",
            "injection.yaml", "situation.yaml");

    private final ObjectMapper json = new ObjectMapper();
    private final Optional<Path> extraDir;

    public PolicyDataLoader(Optional<Path> extraDir) {
        this.extraDir = extraDir;
    }

    public PolicyData load() {
        JsonNode manifest = read("policy-set.yaml").getFirst();
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        Map<String, List<Phrase>> patterns = new LinkedHashMap<>();
        for (String file : RULE_FILES) {
            for (JsonNode node : read(file)) {
                node.path("rules").properties().forEach(e -> rules.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .addAll(rules(e.getKey(), e.getValue())));
                node.path("patterns").properties().forEach(e -> patterns.computeIfAbsent(e.getKey(),
                        k -> new ArrayList<>()).addAll(compileAll(e.getValue())));
            }
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (JsonNode node : read("learned.yaml")) {
            flatten("", node, numbers);
        }
        Map<String, String> settings = map(manifest.path("settings"));
        manifest.path("numbers").properties().forEach(e -> numbers.put(e.getKey(), e.getValue().asDouble()));
        return new PolicyData(manifest.path("version").asText(), negation(manifest.path("negation")), rules,
                patterns, numbers, settings, texts(), regions(), vitalFlags());
    }

    /** {@code learned: {threshold: {crisis: 0.3}}} becomes the number {@code learned.threshold.crisis}. */
    private static void flatten(String prefix, JsonNode node, Map<String, Double> numbers) {
        if (node.isNumber()) {
            numbers.put(prefix, node.asDouble());
        }
        node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                e.getValue(), numbers));
    }

    private NegationRules negation(JsonNode node) {
        return new NegationRules(new HashSet<>(strings(node.path("cues"))),
                new HashSet<>(strings(node.path("breakers"))), node.path("window").asInt(5));
    }

    private List<Rule> rules(String section, JsonNode list) {
        List<Rule> out = new ArrayList<>();
        for (JsonNode r : list) {
            String id = r.path("id").asText(section + "-" + out.size());
            try {
                out.add(new Rule(id, strings(r.path("categories")), r.path("urgency").asText(null),
                        r.path("topic").asText(""), compileAll(r.path("all")), compileAll(r.path("none")),
                        r.path("situation").asBoolean(true)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("bad rule " + id + " in section " + section, e);
            }
        }
        return out;
    }

    private List<VitalFlag> vitalFlags() {
        List<VitalFlag> out = new ArrayList<>();
        for (JsonNode node : read("vitals.yaml")) {
            for (JsonNode f : node.path("vital-flags")) {
                String id = f.path("id").asText();
                Map<VitalSigns.Sign, double[]> bounds = new java.util.EnumMap<>(VitalSigns.Sign.class);
                f.path("when").properties().forEach(e -> {
                    VitalSigns.Sign sign;
                    try {
                        sign = VitalSigns.Sign.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException unknown) {
                        throw new IllegalStateException("vital flag " + id + ": unknown sign " + e.getKey());
                    }
                    bounds.put(sign, new double[] {e.getValue().path("min").asDouble(Double.NEGATIVE_INFINITY),
                            e.getValue().path("max").asDouble(Double.POSITIVE_INFINITY)});
                });
                out.add(new VitalFlag(id, f.path("urgency").asText(), f.path("topic").asText(""),
                        strings(f.path("categories")), bounds, f.path("age-unknown").asBoolean(false)));
            }
        }
        return out;
    }

    private Texts texts() {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (JsonNode node : read("texts.yaml")) {
            node.properties().forEach(lang -> {
                Map<String, String> texts = byLanguage.computeIfAbsent(lang.getKey(), k -> new LinkedHashMap<>());
                lang.getValue().properties().forEach(t -> texts.put(t.getKey(), t.getValue().asText()));
            });
        }
        return new Texts(byLanguage);
    }

    private Regions regions() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        String fallback = "DEFAULT";
        for (JsonNode node : read("locales.yaml")) {
            fallback = node.path("fallback").asText(fallback);
            node.path("regions").properties().forEach(e -> byCode.put(e.getKey(), new Region(e.getKey(),
                    e.getValue().path("emergency").asText(), map(e.getValue().path("urgentCare")),
                    map(e.getValue().path("crisis")))));
        }
        if (!byCode.containsKey(fallback)) {
            throw new IllegalStateException("locales.yaml lacks its fallback region " + fallback);
        }
        return new Regions(byCode, fallback);
    }

    private List<JsonNode> read(String file) {
        List<JsonNode> nodes = new ArrayList<>();
        try (InputStream in = PolicyDataLoader.class.getClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing guardrail data file " + BASE + file);
            }
            nodes.add(parse(in));
            if (extraDir.isPresent() && Files.isRegularFile(extraDir.get().resolve(file))) {
                try (InputStream extra = Files.newInputStream(extraDir.get().resolve(file))) {
                    nodes.add(parse(extra));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read guardrail data file " + file, e);
        }
        return nodes;
    }

    /** SnakeYAML resolves the anchors and aliases the rule files use for shared frames. */
    private JsonNode parse(InputStream in) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        return json.valueToTree(tree);
    }

    private static List<Phrase> compileAll(JsonNode node) {
        List<Phrase> out = new ArrayList<>();
        for (String s : strings(node)) {
            out.add(Phrase.compile(s));
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
