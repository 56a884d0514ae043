package org.salus.assistant.chat;

import java.util.List;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.image.ImageInput;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.modes.ModeRunner;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.safety.SafetyGate;
import org.salus.assistant.tools.HealthTools;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the steps of a chat turn in their order, so the order can be read in one place. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

    @Bean
    TurnPipeline turnPipeline(SafetyGate safety, RagPipeline rag, LlmModels llm, HealthTools tools, ModeRunner modes,
                              ImageInput images, ApplicationEventPublisher events) {
        LocalisedText texts = LocalisedText.load("salus/texts");
        return new TurnPipeline(List.of(
                new ReadImage(safety, images, texts),
                new GuardInput(safety, rag, llm),
                new DescribeImage(),
                new AnswerWithTools(tools, texts),
                new AnswerFromCorpus(rag, modes, texts),
                new ListCitations(),
                new GuardOutput(safety)),
                new PublishTurn(events));
    }
}
