package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.assistant.kb.EmbeddingBusy;
import org.salus.kb.embed.Embedder;

/**
 * Keeps a sentence only if it cites evidence that exists and that evidence supports it: most of its content
 * terms occur in the cited passages (or, failing that, its embedding is very close to theirs), and every number
 * it states appears there too.
 */
final class OverlapVerifier implements AnswerVerifier {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final Embedder embedder;
    private final RagProperties.Grounding thresholds;

    OverlapVerifier(Embedder embedder, RagProperties.Grounding thresholds) {
        this.embedder = embedder;
        this.thresholds = thresholds;
    }

    @Override
    public Draft verify(Question question, Evidence evidence, Draft draft) {
        List<AnswerSentence> kept = new ArrayList<>();
        for (AnswerSentence s : draft.sentences()) {
            if (supported(s, evidence)) {
                kept.add(s);
            }
        }
        Draft verified = draft.withSentences(kept);
        int dropped = draft.sentences().size() - kept.size();
        return dropped == 0 ? verified : verified.withNote(dropped + " unsupported sentence(s) removed");
    }

    @Override
    public boolean supported(AnswerSentence sentence, Evidence evidence) {
        List<Integer> cited = sentence.citations().stream()
                .filter(n -> n >= 1 && n <= evidence.passages().size()).toList();
        if (cited.isEmpty() || cited.size() != sentence.citations().size()) {
            return false;
        }
        StringBuilder source = new StringBuilder();
        for (int n : cited) {
            var p = evidence.get(n).passage();
            source.append(p.title()).append(' ').append(p.section()).append(' ').append(p.text()).append('\n');
        }
        String language = evidence.get(cited.getFirst()).passage().language();
        if (!numbersSupported(sentence.text(), source.toString())) {
            return false;
        }
        Set<String> terms = Terms.of(sentence.text(), language);
        if (terms.isEmpty()) {
            return false;
        }
        Set<String> available = new HashSet<>(Terms.of(source.toString(), language));
        long found = terms.stream().filter(available::contains).count();
        if ((double) found / terms.size() >= thresholds.minTermSupport()) {
            return true;
        }
        if (!embedder.enabled()) {
            return false;
        }
        try {
            float[] a = embedder.passage(sentence.text());
            for (int n : cited) {
                float[] b = embedder.passage(evidence.get(n).passage().text());
                if (cosine(a, b) >= thresholds.minCosine()) {
                    return true;
                }
            }
        } catch (EmbeddingBusy busy) {
            // No slot to compare meanings: the sentence is not verified, so it is left out rather than shown unchecked.
        }
        return false;
    }

    private static boolean numbersSupported(String sentence, String source) {
        Set<String> available = new HashSet<>();
        Matcher m = NUMBER.matcher(source);
        while (m.find()) {
            available.add(m.group().replace(',', '.'));
        }
        Matcher s = NUMBER.matcher(sentence);
        while (s.find()) {
            if (!available.contains(s.group().replace(',', '.'))) {
                return false;
            }
        }
        return true;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
