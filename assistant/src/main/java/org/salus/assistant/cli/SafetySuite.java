package org.salus.assistant.cli;

import java.nio.file.Path;

/** Runs the guardrails' safety evaluation (wired when the guardrails module provides it). */
final class SafetySuite {

    private SafetySuite() {
    }

    static int run(Path data) {
        System.err.println("The safety suite is not available in this build.");
        return 2;
    }
}
