package org.salus.guardrails.redaction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Held-out clinical-note sentences (English and Spanish) with seeded identifiers, scored like the Presidio set. */
class ClinicalNotesTest {

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+):(.*?)}}");
    private static final List<String> TYPES = List.of("PERSON", "DATE", "AGE", "PHONE", "EMAIL", "ADDRESS", "LOCATION",
            "ID", "URL", "IP", "CREDIT_CARD", "IBAN", "SSN", "ZIP", "ORGANIZATION");

    static List<RedactionEvaluation.Sample> samples() throws IOException {
        try (InputStream in = ClinicalNotesTest.class.getResourceAsStream("clinical-notes.txt")) {
            List<RedactionEvaluation.Sample> samples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                List<Span> gold = new ArrayList<>();
                Matcher m = MARK.matcher(line);
                int at = 0;
                while (m.find()) {
                    text.append(line, at, m.start());
                    gold.add(new Span(text.length(), text.length() + m.group(2).length(), m.group(1)));
                    text.append(m.group(2));
                    at = m.end();
                }
                text.append(line.substring(at));
                samples.add(new RedactionEvaluation.Sample(text.toString(), gold));
            }
            return samples;
        }
    }

    @Test
    void redactsSeededIdentifiersInHeldOutClinicalNotes() throws IOException {
        Map<String, String> identity = TYPES.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));
        RedactionEvaluation.Score score = new RedactionEvaluation.Score(identity);
        List<RedactionEvaluation.Sample> samples = samples();
        for (RedactionEvaluation.Sample s : samples) {
            score.add(s, Redactor.standard().redact(s.text()).spans(),
                    Boolean.getBoolean("salus.redaction.errors") ? System.out : null);
        }
        score.print(System.out, "Redaction on Salus held-out clinical notes (" + samples.size() + " sentences)");

        int[] structured = Stream.of("PHONE", "EMAIL", "ID", "SSN", "DATE")
                .map(t -> score.byType.getOrDefault(t, new int[4]))
                .reduce(new int[4], (a, b) -> new int[]{a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
        assertThat(score.recall(structured)).isGreaterThanOrEqualTo(0.97);
        assertThat(score.recall(score.anyType)).isGreaterThanOrEqualTo(0.90);
        assertThat(score.precision(score.all)).isGreaterThanOrEqualTo(0.85);
    }
}
