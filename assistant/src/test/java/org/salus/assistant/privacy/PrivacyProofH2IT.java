package org.salus.assistant.privacy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The privacy proof on the default embedded H2 database, with an LLM that echoes its whole prompt back. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyProofH2IT extends PrivacyProof {

    private static final EchoLlmStub LLM = start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path dataDir = freshDataDir("privacy-h2");
        common(registry, dataDir);
        registry.add("salus.llm.provider", () -> "openai");
        registry.add("salus.llm.base-url", LLM::baseUrl);
        registry.add("salus.llm.model", () -> "echo");
        registry.add("salus.llm.api-key", () -> "none");
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    private static EchoLlmStub start() {
        try {
            return new EchoLlmStub();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    String provider() {
        return "openai";
    }

    @Override
    String database() {
        return "jdbc:h2:file:";
    }
}
