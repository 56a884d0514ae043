package org.salus.assistant.llm;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The LLM path through LangChain4j's Ollama client (JSON and NDJSON), with BGE-small embeddings in retrieval and verification. */
class OllamaLlmIT extends LlmPathTests {

    @DynamicPropertySource
    static void ollama(DynamicPropertyRegistry registry) {
        configure(registry, "ollama", STUB.ollamaBaseUrl(), "bge-small");
    }

    @Override
    String provider() {
        return "ollama";
    }
}
