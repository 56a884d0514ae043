package org.salus.guardrails.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.salus.guardrails.decision.TextEmbedder;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.data.PolicyData;
import org.salus.guardrails.text.NormalizedText;

/**
 * Scores a message with the trained heads. Short messages are read whole, with the query embedding when one is
 * available; long ones are also read in windows of consecutive sentences, because the one sentence that matters in
 * a long post is drowned when the post is read as a whole: every window is scored on its text features, the
 * riskiest few also on their own embedding, and the riskiest reading decides each head.
 */
public final class SafetyModel {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\s*\\n+\\s*");
    private static final List<String> RISK_HEADS = List.of("crisis", "emergency", "harm");

    private final HeadSet heads;
    private final PolicyData data;
    private final LearnedThresholds thresholds;
    private final Optional<TextEmbedder> embedder;

    public SafetyModel(HeadSet heads, PolicyData data, Optional<TextEmbedder> embedder) {
        this.heads = heads;
        this.data = data;
        this.thresholds = LearnedThresholds.from(data);
        this.embedder = embedder;
    }

    /** Scores {@code raw}; {@code queryEmbedding} is the retrieval embedding of the whole message, or null. */
    public Signals score(String raw, NormalizedText text, float[] queryEmbedding) {
        float[] whole = queryEmbedding != null ? Embeddings.unit(queryEmbedding)
                : embedder.map(e -> Embeddings.unit(e.embed(raw))).orElse(null);
        List<Reading> readings = new ArrayList<>();
        readings.add(read(text, raw.length(), whole));
        boolean windowed = raw.length() >= data.number("learned.windows.min-chars", 280);
        if (windowed) {
            readings.addAll(windows(raw));
        }
        Map<String, Double> p = new HashMap<>();
        Reading harmiest = readings.getFirst();
        for (Reading r : readings) {
            r.probability.forEach((head, value) -> p.merge(head, value, Math::max));
            if (r.probability.get("harm") > harmiest.probability.get("harm")) {
                harmiest = r;
            }
        }
        // A long post is in crisis when its readings agree on average: the riskiest alone raises crisis lines for
        // every recovery story whose past attempt, read out of context, sounds like today's.
        double acuteAlone = p.get("acute");
        if (raw.length() >= thresholds.longMessageChars()) {
            p.put("crisis", readings.stream().mapToDouble(r -> r.probability.get("crisis")).average().orElseThrow());
            acuteAlone = readings.stream().mapToDouble(r -> r.probability.get("acute")).average().orElseThrow();
        }
        boolean situation = p.get("situation") >= thresholds.threshold("situation");
        Urgency urgency = p.get("emergency") >= thresholds.threshold("emergency") ? Urgency.EMERGENCY
                : p.get("urgent") >= thresholds.threshold("urgent") ? Urgency.URGENT
                : p.get("routine") >= thresholds.threshold("routine") ? Urgency.ROUTINE : Urgency.SELF_CARE;
        // The acute head reads every message: a farewell, a rope bought or a train timetable is a crisis in itself,
        // even when the words of suicide that the crisis head knows are missing.
        boolean crisis = p.get("crisis") >= thresholds.threshold("crisis", raw.length())
                || acuteAlone >= thresholds.threshold("acute-alone");
        Optional<String> harm = p.get("harm") >= thresholds.harmThreshold(harmiest.category())
                ? Optional.of(HeadNames.CATEGORY_NAMES.get(harmiest.category())) : Optional.empty();
        boolean watch = p.get("crisis") >= thresholds.threshold("crisis-watch");
        boolean clear = p.get("crisis") < thresholds.threshold("crisis-clear")
                && p.get("acute") < thresholds.threshold("acute");
        return new Signals(situation, urgency, crisis, crisis && p.get("acute") >= thresholds.threshold("acute"),
                watch || crisis, clear, harm, p);
    }

    /**
     * Windows of consecutive sentences: all are screened with the features-only heads, and the riskiest few are
     * read again with their own embedding; only those full readings count, so the noise of many cheap readings
     * cannot add up to a false alarm. Without an embedder, the screening readings count.
     */
    private List<Reading> windows(String raw) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(raw)) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        int size = (int) data.number("learned.windows.sentences", 2);
        if (sentences.size() <= 1) {
            return List.of();
        }
        List<Reading> screened = new ArrayList<>();
        for (int from = 0; from + Math.min(size, sentences.size()) <= sentences.size(); from++) {
            String t = String.join(" ", sentences.subList(from, Math.min(sentences.size(), from + size)));
            screened.add(read(normalized(t), t.length(), null).withText(t));
        }
        if (embedder.isEmpty()) {
            return screened;
        }
        double floor = data.number("learned.windows.embed-above", 0.1);
        List<Reading> out = new ArrayList<>();
        screened.stream().filter(r -> r.risk() >= floor)
                .sorted(Comparator.comparingDouble(Reading::risk).reversed())
                .limit((int) data.number("learned.windows.embedded", 3))
                .forEach(r -> out.add(read(normalized(r.text), r.text.length(),
                        Embeddings.unit(embedder.get().embed(r.text)))));
        return out;
    }

    private NormalizedText normalized(String raw) {
        return NormalizedText.of(raw, data.negation());
    }

    /**
     * One reading: with an embedding, each head weighs its linear head, the shared network's head and, for crisis
     * and harm, the nearest training messages' vote, as the trained stacker says for this language and length.
     */
    private Reading read(NormalizedText text, int chars, float[] embedding) {
        SparseVector x = Featurizer.features(text);
        boolean full = embedding != null;
        double[] deep = full ? heads.deep().probabilities(embedding) : null;
        Map<String, Double> linear = new HashMap<>();
        Map<String, Double> p = new HashMap<>();
        for (String name : HeadNames.MAIN) {
            double l = heads.head(name, full).probability(x, embedding);
            int k = full ? heads.deep().index(name) : -1;
            linear.put(name, l);
            p.put(name, k < 0 ? l : (l + deep[k]) / 2);
        }
        if (full) {
            Map<String, Double> votes = needsVote(p) ? heads.neighbours().scores(embedding) : Map.of();
            double spanish = SpanishShare.of(text.text());
            double longness = Stacker.longness(chars);
            for (String name : HeadNames.MAIN) {
                int k = heads.deep().index(name);
                if (k >= 0 && heads.stack().covers(name)) {
                    p.put(name, heads.stack().probability(name, linear.get(name), deep[k],
                            votes.getOrDefault(name, Neighbours.HEADS.contains(name) ? 0.0 : Double.NaN), spanish,
                            longness));
                }
            }
        }
        String category = HeadNames.HARM_CATEGORIES.getFirst();
        double best = Double.NEGATIVE_INFINITY;
        for (String c : HeadNames.HARM_CATEGORIES) {
            double z = heads.head("harm:" + c, full).logit(x, embedding);
            if (z > best) {
                best = z;
                category = c;
            }
        }
        return new Reading(p, category, "");
    }

    /**
     * The neighbours' vote costs most of a reading (a scan of every training message); when the linear and network
     * heads both put crisis and harm far below any threshold, it is skipped.
     */
    private boolean needsVote(Map<String, Double> p) {
        double floor = data.number("learned.neighbours.vote-above", 0.0);
        return Neighbours.HEADS.stream().anyMatch(h -> p.get(h) >= floor);
    }

    private record Reading(Map<String, Double> probability, String category, String text) {
        double risk() {
            return RISK_HEADS.stream().mapToDouble(probability::get).max().orElse(0);
        }

        Reading withText(String t) {
            return new Reading(probability, category, t);
        }
    }
}
