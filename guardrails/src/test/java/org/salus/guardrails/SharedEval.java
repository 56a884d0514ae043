package org.salus.guardrails;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation data lives for tests: {@code ../shared/eval} beside the checkout. Without it a test
 * is skipped with a message on a developer's machine, and fails under CI, where the data is always present.
 */
public final class SharedEval {

    private SharedEval() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("salus.shared", "../../shared"), "eval").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("shared evaluation data missing at " + dir + " (CI must have ../shared beside the checkout)");
            }
            assumeTrue(false, "shared evaluation data not found at " + dir + "; skipped");
        }
        return dir;
    }
}
