package org.salus.guardrails.eval;

import org.junit.jupiter.api.Test;
import org.salus.guardrails.redaction.Redactor;
import org.salus.guardrails.redaction.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Clinical-note sentences (English and Spanish) with seeded identifiers, scored like the Presidio set. */
class ClinicalNotesTest {

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+):(.*?)}}");
    private static final Pattern NOT_A_DATE = Pattern.compile("(?iu)\\d{4}|monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo");

    static List<RedactionSets.Note> samples() throws IOException {
        try (InputStream in = ClinicalNotesTest.class.getResourceAsStream("clinical-notes.txt")) {
            List<RedactionSets.Note> samples = new ArrayList<>();
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
                    // As in the note sets: ages under 90, weekdays and years alone are not identifiers.
                    boolean youngAge = m.group(1).equals("AGE") && Integer.parseInt(m.group(2)) < 90;
                    boolean notADate = m.group(1).equals("DATE") && NOT_A_DATE.matcher(m.group(2)).matches();
                    gold.add(new Span(text.length(), text.length() + m.group(2).length(),
                            youngAge || notADate ? "UNSCORED" : m.group(1)));
                    text.append(m.group(2));
                    at = m.end();
                }
                text.append(line.substring(at));
                samples.add(new RedactionSets.Note("c" + samples.size(), "clinical", "en", text.toString(), gold));
            }
            return samples;
        }
    }

    @Test
    void redactsSeededIdentifiersInClinicalSentences() throws IOException {
        SpanScore score = new SpanScore();
        for (RedactionSets.Note s : samples()) {
            score.add(s, Redactor.standard().redact(s.text()).spans(),
                    Boolean.getBoolean("salus.redaction.errors") ? System.out : null);
        }
        System.out.println("clinical sentences: recall " + score.recall() + ", precision " + score.precision());
        assertThat(score.recall().percent()).isGreaterThanOrEqualTo(95);
        assertThat(score.precision().percent()).isGreaterThanOrEqualTo(85);
    }
}
