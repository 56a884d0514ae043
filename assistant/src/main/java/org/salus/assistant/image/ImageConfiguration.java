package org.salus.assistant.image;

import java.util.List;
import java.util.Optional;
import org.salus.assistant.llm.LlmModels;
import org.salus.kb.Document;
import org.salus.kb.ingest.StarterCorpus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires image input: Tesseract from the system, the vision model when the LLM is marked vision-capable
 * ({@code salus.llm.vision=true}), and the medicine list (the project's own, the starter corpus's RxNorm-coded
 * medicines, and the operator's file if set).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageProperties.class)
class ImageConfiguration {

    @Bean(destroyMethod = "close")
    ImageInput imageInput(ImageProperties properties, LlmModels llm, ApplicationEventPublisher events) {
        Optional<VisionTranscriber> vision = llm.properties().vision()
                ? llm.chatModel().map(VisionTranscriber::new) : Optional.empty();
        FindingsExtractor extractor = new FindingsExtractor(
                Vocabularies.medicines(corpusMedicines(), properties.medicineVocabulary()), Vocabularies.labTests());
        return new ImageInput(properties, new TesseractOcr(properties.tessdata(), properties.ocrTimeout(),
                properties.ocrWorkers()), vision, extractor, events::publishEvent);
    }

    /** The medicines the built-in corpus has documents for, by the RxNorm names it codes them with. */
    private static List<String> corpusMedicines() {
        return StarterCorpus.load().documents().stream()
                .flatMap(d -> d.codes().stream())
                .filter(c -> "rxnorm".equalsIgnoreCase(c.system()) && !c.display().isBlank())
                .map(Document.Code::display)
                .distinct()
                .toList();
    }
}
