package org.salus.guardrails;

import org.salus.guardrails.decision.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rewrites that keep a message's meaning must keep its decision: a colour word with "-ish", an added adverb, a
 * typo, lower case without punctuation, padding with unrelated text before and after, and a third-person rewrite.
 * Runs the production configuration (learned heads with the query embedding).
 */
class MetamorphicTest {

    private static Guardrails guardrails;

    @BeforeAll
    static void load() {
        guardrails = TestGuardrails.production();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = MetamorphicTest.class.getResourceAsStream("/salus/guardrails/metamorphic/base.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (Rewrite r : Rewrite.values()) {
                    out.add(Arguments.of(f[0], f[1], f[2], r));
                }
            }
        }
        return out.stream();
    }

    enum Rewrite {
        ISH(s -> s.replaceAll("\\b(blue|grey|gray|pale|purple)\\b", "$1ish")),
        ADVERB(s -> s.replaceFirst("\\b(is|are|has|have|tengo|tiene)\\b", "$1 really")),
        TYPO(Rewrite::swapLetters),
        TEXT_SPEAK(s -> s.toLowerCase(java.util.Locale.ROOT).replaceAll("[.,?¿!¡']", "")),
        PADDING(s -> "Sorry for the long message, I was going to ask about the bus timetable earlier. " + s
                + (s.matches(".*[.!?]$") ? "" : ".") + " Anyway the weather has been strange this week."),
        THIRD_PERSON(s -> s.replaceAll("\\bI'm\\b", "my brother is").replaceAll("\\bI've\\b", "my brother has")
                .replaceAll("\\bI\\b", "my brother").replaceAll("\\bmy arms\\b", "his arms"));

        private final UnaryOperator<String> rewrite;

        Rewrite(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }

        /** Swaps two middle letters of the longest word. */
        private static String swapLetters(String s) {
            String longest = "";
            for (String w : s.split("[^\\p{L}]+")) {
                if (w.length() > longest.length()) {
                    longest = w;
                }
            }
            if (longest.length() < 5) {
                return s;
            }
            char[] c = longest.toCharArray();
            int i = c.length / 2;
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            return s.replace(longest, new String(c));
        }
    }

    @ParameterizedTest(name = "{3}: {0}")
    @MethodSource("cases")
    void aMeaningPreservingRewriteKeepsTheDecision(String text, String lang, String expected, Rewrite rewrite) {
        assertThat(holds(text, lang, expected)).as("base message: " + text).isTrue();
        String rewritten = rewrite.rewrite.apply(text);
        assertThat(holds(rewritten, lang, expected)).as(rewritten).isTrue();
    }

    /** Whether the decision on {@code text} has the expected protective outcome. */
    private static boolean holds(String text, String lang, String expected) {
        InputAssessment a = guardrails.assess(UserTurn.of(text, lang));
        boolean emergency = a.decision().action() == Action.ESCALATE && a.decision().urgency() == Urgency.EMERGENCY;
        boolean declined = a.decision().action() == Action.REFUSE || !a.retrieve();
        return switch (expected) {
            case "emergency" -> emergency;
            case "crisis" -> a.decision().categories().contains("self_harm_crisis") && a.leadText().isPresent();
            case "refuse" -> declined;
            default -> !declined && a.decision().urgency() != Urgency.EMERGENCY
                    && !a.decision().categories().contains("self_harm_crisis");
        };
    }
}
