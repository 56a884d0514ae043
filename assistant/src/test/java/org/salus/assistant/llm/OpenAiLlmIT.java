package org.salus.assistant.llm;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The LLM path through LangChain4j's OpenAI client (JSON and SSE), lexical retrieval only. */
class OpenAiLlmIT extends LlmPathTests {

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        configure(registry, "openai", STUB.openAiBaseUrl(), "none");
    }

    @Override
    String provider() {
        return "openai";
    }
}
