package org.salus.assistant.chat;

import org.salus.assistant.reply.ModelInfo;
import java.util.List;
import java.util.Map;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.image.ImageInput;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.voice.SpeechProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/capabilities}: what this installation offers, so the web chat shows only what works. */
@RestController
class CapabilitiesController {

    private final SalusProperties properties;
    private final LlmModels llm;
    private final SpeechProperties speech;
    private final ImageInput images;

    CapabilitiesController(SalusProperties properties, LlmModels llm, SpeechProperties speech, ImageInput images) {
        this.properties = properties;
        this.llm = llm;
        this.speech = speech;
        this.images = images;
    }

    @GetMapping("/api/capabilities")
    Capabilities capabilities() {
        return new Capabilities(Map.of("instant", true, "thinking", true, "contemplating", true),
                List.copyOf(ChatRequests.LANGUAGES.stream().sorted().toList()),
                properties.chat().maxMessageChars(), speech.enabled(), images.available(), "/api/privacy",
                new ModelInfo(llm.provider(), llm.modelName()), properties.region(),
                speech.enabled() ? (int) speech.maxDuration().toSeconds() : null, images.maxBytes());
    }

    /** {@code imageInput}: images are read (OCR installed or a vision model configured), up to {@code maxImageBytes}. */
    record Capabilities(Map<String, Boolean> modes, List<String> languages, int maxMessageChars, boolean voiceInput,
                        boolean imageInput, String privacyUrl, ModelInfo model, String region,
                        Integer voiceMaxSeconds, long maxImageBytes) {}
}
