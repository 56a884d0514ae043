package org.salus.assistant.tools;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tool choice through LangChain4j's OpenAI client (OpenAI {@code tool_calls}, arguments as JSON text). */
class OpenAiToolCallingIT extends ToolCallingTests {

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        configure(registry, "openai", STUB.openAiBaseUrl());
    }

    /** OpenAI carries arguments as JSON text, so a model can send text that is not JSON at all. */
    @org.junit.jupiter.api.Test
    void argumentsThatAreNotJsonFallBackToTheRules() {
        fallsBackToTheRulesOn(BadCall.NOT_JSON);
    }
}
