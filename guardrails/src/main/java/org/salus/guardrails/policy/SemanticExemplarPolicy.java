package org.salus.guardrails.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.guardrails.TextEmbedder;
import org.salus.guardrails.Urgency;
import org.salus.guardrails.data.PolicyData;

/**
 * Catches paraphrases the lexical rules miss by cosine similarity to curated exemplar sentences (embedded once at
 * load); a category fires only above its threshold and clearly closer than the nearest benign exemplar.
 */
public final class SemanticExemplarPolicy implements InputPolicy {

    static final String BENIGN = "benign";
    static final String CRISIS = "self_harm_crisis";

    private final TextEmbedder embedder;
    private final Map<String, float[][]> exemplars = new LinkedHashMap<>();
    private final PolicyData data;

    public SemanticExemplarPolicy(TextEmbedder embedder, PolicyData data) {
        this.embedder = embedder;
        this.data = data;
        data.exemplars().forEach((category, sentences) -> exemplars.put(category,
                sentences.stream().map(s -> unit(embedder.embed(s))).toArray(float[][]::new)));
    }

    @Override
    public String id() {
        return "semantic-exemplars";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        float[] query = facts.turn().queryEmbedding() != null ? facts.turn().queryEmbedding()
                : embedder.embed(facts.turn().message());
        query = unit(query);
        double benign = best(query, exemplars.getOrDefault(BENIGN, new float[0][]));
        double margin = data.number("margin", 0.03);
        String winner = null;
        double winnerScore = 0;
        for (Map.Entry<String, float[][]> e : exemplars.entrySet()) {
            if (e.getKey().equals(BENIGN)) {
                continue;
            }
            double score = best(query, e.getValue());
            double threshold = data.number(e.getKey(), data.number("default", 0.85));
            if (score >= threshold && score >= benign + margin && score > winnerScore) {
                winner = e.getKey();
                winnerScore = score;
            }
        }
        if (winner == null) {
            return Verdict.PASS;
        }
        if (winner.equals(CRISIS)) {
            return new Verdict.Escalate(Urgency.URGENT, List.of(CRISIS), "crisisLead", true, "");
        }
        return new Verdict.Refuse(List.of(winner), "refusal");
    }

    private static double best(float[] query, float[][] vectors) {
        double best = -1;
        for (float[] v : vectors) {
            if (v.length != query.length) {
                continue;
            }
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * query[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
