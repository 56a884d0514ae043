package org.salus.assistant.tools;

import org.salus.assistant.config.SalusProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the health tools to the tables under the data directory (the shipped demo tables until an import exists). */
@Configuration(proxyBeanMethods = false)
class ToolsConfiguration {

    @Bean
    HealthTools healthTools(SalusProperties properties) {
        return new RuleTools(new ToolRunner(ToolsData.nutrition(properties.dataDir()), ToolsData.exercises(properties.dataDir())));
    }
}
