package org.salus.assistant.modes;

import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.rag.RagProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the three answer modes over the shared pipeline and their time budgets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModesProperties.class)
class ModesConfiguration {

    @Bean
    ModeRunner modeRunner(RagPipeline pipeline, LlmModels llm, ModesProperties properties, RagProperties rag) {
        RankFusion fusion = new RankFusion(rag.fusion().k());
        return new ModeRunner(pipeline,
                new ThinkingMode(pipeline, new QuestionPlanner(llm.chatModel()), properties.thinkingBudget(),
                        properties.promptEvidence(), fusion, rag.similarity().repeat()),
                new ContemplatingMode(Agent.standard(pipeline, properties.promptEvidence()), pipeline,
                        properties.contemplatingBudget(), properties.contemplatingTokenBudget(), fusion, new Judge(rag.similarity().sameClaim())));
    }
}
