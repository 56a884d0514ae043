package org.salus.assistant.tools;

import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.llm.LlmModels;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the health tools to the tables under the data directory (the shipped demo tables until an import exists), chosen
 * by the configured language model when there is one, else by the rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ToolsProperties.class)
class ToolsConfiguration {

    @Bean
    HealthTools healthTools(SalusProperties properties, ToolsProperties tools, LlmModels llm) {
        ToolRunner runner = new ToolRunner(ToolsData.nutrition(properties.dataDir()), ToolsData.exercises(properties.dataDir()));
        RuleTools rules = new RuleTools(runner);
        if ("model".equals(tools.selection()) && llm.chatModel().isPresent()) {
            return new ModelTools(llm.chatModel().get(), tools.modelTimeout(), rules, runner);
        }
        return rules;
    }
}
