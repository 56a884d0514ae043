package org.salus.guardrails;

import org.salus.guardrails.decision.*;
import org.salus.guardrails.learn.BgeQueryEmbedder;

/**
 * The guardrails as tests use them: {@link #production()} as the app runs them (learned heads with the query
 * embedding, loaded once per test JVM), {@link #rulesOnly()} for tests that pin down the rule layer itself.
 */
public final class TestGuardrails {

    private static Guardrails production;
    private static Guardrails rulesOnly;

    private TestGuardrails() {
    }

    public static synchronized Guardrails production() {
        if (production == null) {
            production = Guardrails.load(GuardrailSettings.defaults().withEmbedder(embedder()));
        }
        return production;
    }

    public static synchronized Guardrails rulesOnly() {
        if (rulesOnly == null) {
            rulesOnly = Guardrails.load(GuardrailSettings.defaults().withoutLearnedLayer());
        }
        return rulesOnly;
    }

    private static BgeQueryEmbedder embedder;

    public static synchronized TextEmbedder embedder() {
        if (embedder == null) {
            embedder = new BgeQueryEmbedder();
        }
        return embedder;
    }
}
