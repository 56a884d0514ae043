package org.salus.assistant.llm;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * A secret random marker put into the LLM's system prompt; an answer that contains it has leaked the prompt and is
 * withheld. One per process, never logged.
 */
@Component
public class SystemPromptCanary {

    private final String value = "salus-canary-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

    public String value() {
        return value;
    }
}
