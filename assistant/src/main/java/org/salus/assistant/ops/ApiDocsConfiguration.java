package org.salus.assistant.ops;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.salus.assistant.fhir.AiTransparency;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the OpenAPI document springdoc generates from the controllers and their request and reply records. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI salusOpenApi() {
        return new OpenAPI().info(new Info().title("Salus HTTP API")
                .description("Health information from vetted sources with safety guardrails. The public contract is "
                        + "CONTRACT.md; FHIR R4 describes itself at /fhir/metadata.")
                .version(AiTransparency.version())
                .license(new License().name("Open source")));
    }
}
