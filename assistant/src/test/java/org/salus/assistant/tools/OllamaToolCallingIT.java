package org.salus.assistant.tools;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tool choice through LangChain4j's Ollama client (Ollama {@code tool_calls}, arguments as JSON objects). */
class OllamaToolCallingIT extends ToolCallingTests {

    @DynamicPropertySource
    static void ollama(DynamicPropertyRegistry registry) {
        configure(registry, "ollama", STUB.ollamaBaseUrl());
    }
}
